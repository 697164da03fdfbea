#include "keys.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>

#include <QList>

#include <memory>

namespace nexus {

namespace {

template<auto F>
struct Free {
    template<typename T>
    void operator()(T *p) const { F(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Free<EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Free<EVP_MD_CTX_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Free<BN_clear_free>>;
using BnCtxPtr = std::unique_ptr<BN_CTX, Free<BN_CTX_free>>;
using GroupPtr = std::unique_ptr<EC_GROUP, Free<EC_GROUP_free>>;
using PointPtr = std::unique_ptr<EC_POINT, Free<EC_POINT_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Free<OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Free<OSSL_PARAM_free>>;
using SigPtr = std::unique_ptr<ECDSA_SIG, Free<ECDSA_SIG_free>>;

const QByteArray kEd25519DerPrefix = QByteArray::fromHex("302a300506032b6570032100");
const QByteArray kSecp256k1DerPrefix = QByteArray::fromHex("3056301006072a8648ce3d020106052b8104000a034200");
const QByteArray kEd25519Oid = QByteArray::fromHex("2b6570"); // 1.3.101.112
const QString kAccepted = QStringLiteral(
    "Accepted: an unencrypted dfx identity PEM holding an Ed25519 key (\"BEGIN PRIVATE KEY\") "
    "or a secp256k1 key (\"BEGIN EC PRIVATE KEY\").");

Error pemError(const QString &what)
{
    return Error::make(ErrorCode::InvalidArgument, what + QLatin1Char(' ') + kAccepted,
                       QStringLiteral("Export the identity with `dfx identity export <name>` and import that file."));
}

Error cryptoError(const char *what)
{
    return Error::make(ErrorCode::Crypto, QStringLiteral("OpenSSL failed: %1").arg(QLatin1String(what)));
}

struct Wiper { // wipes a secret buffer when it leaves scope, whichever way
    QByteArray &b;
    ~Wiper() { OPENSSL_cleanse(b.data(), size_t(b.size())); }
};

const uchar *u(const QByteArray &b) { return reinterpret_cast<const uchar *>(b.constData()); }

GroupPtr secpGroup() { return GroupPtr(EC_GROUP_new_by_curve_name(NID_secp256k1)); }

uchar *w(QByteArray &b) { return reinterpret_cast<uchar *>(b.data()); }

// secp256k1 EVP_PKEY from an uncompressed point and, for a key pair, the private scalar.
// The import decodes the point, so points off the curve are refused here.
PkeyPtr secpFromData(const QByteArray &point, const BIGNUM *priv = nullptr)
{
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "secp256k1", 0)
        || !OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size()))
        || (priv && !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, priv)))
        return nullptr;
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0
        || EVP_PKEY_fromdata(ctx.get(), &raw, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return nullptr;
    return PkeyPtr(raw);
}

Status loadEd25519(const QByteArray &seed, PkeyPtr &pkey, QByteArray &pub)
{
    pkey.reset(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, u(seed), size_t(seed.size())));
    pub.resize(32);
    size_t len = 32;
    if (!pkey || !EVP_PKEY_get_raw_public_key(pkey.get(), w(pub), &len) || len != 32)
        return cryptoError("Ed25519 key setup");
    return {};
}

Status loadSecp256k1(const QByteArray &scalar, PkeyPtr &pkey, QByteArray &pub)
{
    GroupPtr group = secpGroup();
    BnCtxPtr bnCtx(BN_CTX_new());
    BnPtr priv(BN_bin2bn(u(scalar), int(scalar.size()), nullptr));
    if (!group || !bnCtx || !priv)
        return cryptoError("secp256k1 setup");
    if (BN_is_zero(priv.get()) || BN_cmp(priv.get(), EC_GROUP_get0_order(group.get())) >= 0)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("Invalid secp256k1 private key: the scalar must be between 1 and the curve order - 1."));
    // OpenSSL does not derive the public point on import, and EC_KEY (which would) is deprecated.
    PointPtr point(EC_POINT_new(group.get()));
    pub.resize(65);
    if (!point || !EC_POINT_mul(group.get(), point.get(), priv.get(), nullptr, nullptr, bnCtx.get())
        || EC_POINT_point2oct(group.get(), point.get(), POINT_CONVERSION_UNCOMPRESSED, w(pub), 65, bnCtx.get()) != 65)
        return cryptoError("secp256k1 public key derivation");
    pkey = secpFromData(pub, priv.get());
    return pkey ? Status() : Status(cryptoError("secp256k1 key import"));
}

// ---- PEM / DER reading -------------------------------------------------------------------

struct PemBlock {
    QByteArray label;
    QByteArray body;
    bool encryptedHeader = false;
};

Result<QList<PemBlock>> parsePem(const QByteArray &text)
{
    QList<PemBlock> blocks;
    PemBlock cur;
    bool inside = false;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (!inside) {
            if (line.startsWith("-----BEGIN ") && line.endsWith("-----") && line.size() > 16) {
                cur = PemBlock{line.mid(11, line.size() - 16), {}, false};
                inside = true;
            }
        } else if (line.startsWith("-----END ")) {
            if (line != "-----END " + cur.label + "-----")
                return pemError(QStringLiteral("The PEM block \"%1\" ends with a mismatched END line.").arg(QString::fromLatin1(cur.label)));
            blocks.append(cur);
            inside = false;
        } else if (line.contains(':')) { // RFC 1421 headers, used by traditional encrypted keys
            cur.encryptedHeader = cur.encryptedHeader || line.contains("ENCRYPTED");
        } else {
            cur.body += line;
        }
    }
    if (inside)
        return pemError(QStringLiteral("The PEM block \"%1\" has no END line: the file is truncated.").arg(QString::fromLatin1(cur.label)));
    return blocks;
}

struct DerReader {
    QByteArrayView data;
    qsizetype pos = 0;
    bool atEnd() const { return pos == data.size(); }
    quint8 peek() const { return atEnd() ? 0 : quint8(data[pos]); }
    // Reads one TLV; only the length forms that small keys need (short, 0x81, 0x82).
    bool next(quint8 &tag, QByteArrayView &content)
    {
        if (data.size() - pos < 2)
            return false;
        tag = quint8(data[pos]);
        qsizetype len = quint8(data[pos + 1]);
        pos += 2;
        if (len == 0x81 || len == 0x82) {
            const int n = len - 0x80;
            if (data.size() - pos < n)
                return false;
            len = 0;
            for (int i = 0; i < n; ++i)
                len = (len << 8) | quint8(data[pos++]);
        } else if (len > 0x7f) {
            return false;
        }
        if (data.size() - pos < len)
            return false;
        content = data.sliced(pos, len);
        pos += len;
        return true;
    }
};

enum class Pkcs8Ed { NotEd25519, Ok, Malformed };

// OpenSSL 3.0 cannot read PKCS#8 v2 (OneAsymmetricKey with a public key, as written by dfx/ring),
// so Ed25519 PKCS#8 is parsed here. RFC 5958 says [1] IMPLICIT; dfx writes [1] constructed: accept both.
Pkcs8Ed parseEd25519Pkcs8(QByteArrayView der, QByteArray &seed, QByteArray &pub)
{
    DerReader outer{der};
    quint8 tag = 0;
    QByteArrayView body, version, alg, oid, privOctets;
    // Anything that is not recognisably Ed25519 goes to OpenSSL, which reports it.
    if (!outer.next(tag, body) || tag != 0x30 || !outer.atEnd())
        return Pkcs8Ed::NotEd25519;
    DerReader r{body};
    if (!r.next(tag, version) || tag != 0x02 || !r.next(tag, alg) || tag != 0x30)
        return Pkcs8Ed::NotEd25519;
    DerReader a{alg};
    if (!a.next(tag, oid) || tag != 0x06 || oid != QByteArrayView(kEd25519Oid))
        return Pkcs8Ed::NotEd25519;
    if (version.size() != 1 || quint8(version[0]) > 1)
        return Pkcs8Ed::Malformed;
    if (!a.atEnd() || !r.next(tag, privOctets) || tag != 0x04 || privOctets.size() != 34 || privOctets[0] != 0x04
        || privOctets[1] != 0x20)
        return Pkcs8Ed::Malformed;
    seed = privOctets.sliced(2).toByteArray();
    QByteArrayView field;
    if (r.peek() == 0xA0 && !r.next(tag, field)) // attributes: not needed
        return Pkcs8Ed::Malformed;
    if (r.peek() == 0xA1 || r.peek() == 0x81) {
        if (!r.next(tag, field))
            return Pkcs8Ed::Malformed;
        QByteArrayView bits = field;
        if (tag == 0xA1) {
            DerReader b{field};
            if (!b.next(tag, bits) || tag != 0x03 || !b.atEnd())
                return Pkcs8Ed::Malformed;
        }
        if (bits.size() != 33 || bits[0] != 0)
            return Pkcs8Ed::Malformed;
        pub = bits.sliced(1).toByteArray();
    }
    return r.atEnd() ? Pkcs8Ed::Ok : Pkcs8Ed::Malformed;
}

QByteArray bnParam(const EVP_PKEY *pkey, const char *name)
{
    BIGNUM *bn = nullptr;
    if (!EVP_PKEY_get_bn_param(pkey, name, &bn))
        return {};
    BnPtr owned(bn);
    QByteArray out(32, '\0');
    if (BN_num_bytes(bn) > 32 || BN_bn2binpad(bn, w(out), 32) != 32)
        return {};
    return out;
}

QByteArray armor(const char *label, QByteArray der)
{
    QByteArray b64 = der.toBase64();
    OPENSSL_cleanse(der.data(), size_t(der.size()));
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += QByteArray("-----END ") + label + "-----\n";
    OPENSSL_cleanse(b64.data(), size_t(b64.size()));
    return out;
}

} // namespace

QString keyTypeName(KeyType t)
{
    return t == KeyType::Ed25519 ? QStringLiteral("ed25519") : QStringLiteral("secp256k1");
}

Result<KeyType> keyTypeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("ed25519"))
        return KeyType::Ed25519;
    if (n == QLatin1String("secp256k1"))
        return KeyType::Secp256k1;
    return Error::make(ErrorCode::InvalidArgument,
                       QStringLiteral("Unknown key type \"%1\"; expected \"ed25519\" or \"secp256k1\".").arg(name));
}

struct KeyPair::Impl {
    KeyType type = KeyType::Ed25519;
    PkeyPtr pkey;
    QByteArray pub; // raw public key, cached because every request needs it
};

KeyPair::KeyPair() = default;
KeyPair::~KeyPair() = default;
KeyPair::KeyPair(KeyPair &&) noexcept = default;
KeyPair &KeyPair::operator=(KeyPair &&) noexcept = default;

Result<KeyPair> KeyPair::generate(KeyType type)
{
    // A random secp256k1 scalar is out of range with probability ~2^-128; retry a few times anyway.
    for (int attempt = 0; attempt < 8; ++attempt) {
        QByteArray raw(32, '\0');
        Wiper wipe{raw};
        if (RAND_priv_bytes(w(raw), 32) != 1)
            return cryptoError("random number generation");
        auto kp = fromRawPrivate(type, raw);
        if (kp || kp.error().code != ErrorCode::InvalidArgument)
            return kp;
    }
    return cryptoError("key generation");
}

Result<KeyPair> KeyPair::fromRawPrivate(KeyType type, const QByteArray &raw)
{
    if (raw.size() != 32)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("A raw %1 private key must be 32 bytes, got %2.").arg(keyTypeName(type)).arg(raw.size()));
    auto impl = std::make_unique<Impl>();
    impl->type = type;
    const Status st = type == KeyType::Ed25519 ? loadEd25519(raw, impl->pkey, impl->pub)
                                               : loadSecp256k1(raw, impl->pkey, impl->pub);
    if (!st)
        return st.error();
    KeyPair kp;
    kp.d = std::move(impl);
    return kp;
}

Result<KeyPair> KeyPair::fromPem(const QByteArray &pem)
{
    if (pem.trimmed().isEmpty())
        return pemError(QStringLiteral("The key file is empty."));
    auto parsed = parsePem(pem);
    if (!parsed)
        return parsed.error();
    PemBlock *key = nullptr;
    QStringList seen;
    for (PemBlock &b : parsed.value()) {
        seen << QString::fromLatin1(b.label);
        if (b.label == "ENCRYPTED PRIVATE KEY" || b.encryptedHeader)
            return pemError(QStringLiteral("The key is encrypted with a passphrase, which is not supported."));
        if (b.label == "RSA PRIVATE KEY")
            return pemError(QStringLiteral("RSA keys cannot be used as Internet Computer identities."));
        if (b.label == "PRIVATE KEY" || b.label == "EC PRIVATE KEY") {
            if (key)
                return pemError(QStringLiteral("The file contains more than one private key."));
            key = &b;
        }
    }
    if (parsed.value().isEmpty())
        return pemError(QStringLiteral("The file is not a PEM file (no \"-----BEGIN ...-----\" line)."));
    if (!key)
        return pemError(QStringLiteral("The file contains no private key (found: %1).").arg(seen.join(QStringLiteral(", "))));

    QByteArray der;
    Wiper wipeDer{der};
    auto decoded = QByteArray::fromBase64Encoding(key->body, QByteArray::AbortOnBase64DecodingErrors);
    der = std::move(decoded.decoded);
    OPENSSL_cleanse(key->body.data(), size_t(key->body.size())); // the base64 copy of the secret
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || der.isEmpty())
        return pemError(QStringLiteral("The PEM data is damaged (invalid base64)."));

    if (key->label == "PRIVATE KEY") {
        QByteArray seed, embeddedPub;
        Wiper wipeSeed{seed};
        const Pkcs8Ed kind = parseEd25519Pkcs8(der, seed, embeddedPub);
        if (kind == Pkcs8Ed::Malformed)
            return pemError(QStringLiteral("The Ed25519 key data is damaged or truncated."));
        if (kind == Pkcs8Ed::Ok) {
            auto kp = fromRawPrivate(KeyType::Ed25519, seed);
            if (kp && !embeddedPub.isEmpty() && embeddedPub != kp->rawPublic())
                return pemError(QStringLiteral("The public key stored in the file does not match its private key."));
            return kp;
        }
    }

    const uchar *p = u(der);
    PkeyPtr pkey(key->label == "EC PRIVATE KEY" ? d2i_PrivateKey(EVP_PKEY_EC, nullptr, &p, long(der.size()))
                                                : d2i_AutoPrivateKey(nullptr, &p, long(der.size())));
    if (!pkey || p != u(der) + der.size())
        return pemError(QStringLiteral("The key data could not be decoded; it is damaged, truncated or of an unknown kind."));
    if (EVP_PKEY_is_a(pkey.get(), "RSA") || EVP_PKEY_is_a(pkey.get(), "RSA-PSS"))
        return pemError(QStringLiteral("RSA keys cannot be used as Internet Computer identities."));
    if (!EVP_PKEY_is_a(pkey.get(), "EC"))
        return pemError(QStringLiteral("Keys of type %1 are not supported.").arg(QLatin1String(EVP_PKEY_get0_type_name(pkey.get()))));

    char curve[80] = {};
    size_t curveLen = 0;
    if (!EVP_PKEY_get_utf8_string_param(pkey.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve, &curveLen))
        return pemError(QStringLiteral("The EC key does not name its curve (explicit parameters are not supported)."));
    const QString curveName = QString::fromLatin1(curve, qsizetype(curveLen));
    if (curveName != QLatin1String("secp256k1")) {
        const QString shown = curveName == QLatin1String("prime256v1") ? QStringLiteral("P-256 (prime256v1)") : curveName;
        return pemError(QStringLiteral("The EC key uses the %1 curve; only secp256k1 is supported for ECDSA identities.").arg(shown));
    }
    QByteArray scalar = bnParam(pkey.get(), OSSL_PKEY_PARAM_PRIV_KEY);
    Wiper wipeScalar{scalar};
    if (scalar.isEmpty())
        return pemError(QStringLiteral("The secp256k1 private key could not be read."));
    auto kp = fromRawPrivate(KeyType::Secp256k1, scalar);
    const QByteArray x = bnParam(pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X);
    const QByteArray y = bnParam(pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y);
    if (kp && !x.isEmpty() && !y.isEmpty() && '\x04' + x + y != kp->rawPublic())
        return pemError(QStringLiteral("The public key stored in the file does not match its private key."));
    return kp;
}

bool KeyPair::isValid() const { return d && d->pkey; }

KeyType KeyPair::type() const { return d ? d->type : KeyType::Ed25519; }

QByteArray KeyPair::rawPrivate() const
{
    if (!isValid())
        return {};
    if (d->type == KeyType::Secp256k1)
        return bnParam(d->pkey.get(), OSSL_PKEY_PARAM_PRIV_KEY);
    QByteArray out(32, '\0');
    size_t len = 32;
    if (!EVP_PKEY_get_raw_private_key(d->pkey.get(), w(out), &len) || len != 32)
        return {};
    return out;
}

QByteArray KeyPair::rawPublic() const { return isValid() ? d->pub : QByteArray(); }

QByteArray KeyPair::derPublicKey() const
{
    if (!isValid())
        return {};
    return (d->type == KeyType::Ed25519 ? kEd25519DerPrefix : kSecp256k1DerPrefix) + d->pub;
}

Principal KeyPair::principal() const
{
    // An invalid key pair must never map to a real principal (the empty one is the management canister).
    return isValid() ? Principal::selfAuthenticating(derPublicKey()) : Principal::anonymous();
}

QByteArray KeyPair::toPem() const
{
    if (!isValid())
        return {};
    QByteArray priv = rawPrivate();
    Wiper wipe{priv};
    if (d->type == KeyType::Ed25519) // PKCS#8 v1, what `openssl genpkey` writes
        return armor("PRIVATE KEY", QByteArray::fromHex("302e020100300506032b657004220420") + priv);
    // SEC1 ECPrivateKey with the named curve and the public key, what `openssl ecparam -genkey` writes
    return armor("EC PRIVATE KEY", QByteArray::fromHex("30740201010420") + priv
                                       + QByteArray::fromHex("a00706052b8104000aa144034200") + d->pub);
}

Result<QByteArray> KeyPair::sign(const QByteArray &message) const
{
    if (!isValid())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("Cannot sign: no key is loaded."));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const EVP_MD *md = d->type == KeyType::Ed25519 ? nullptr : EVP_sha256();
    size_t len = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, d->pkey.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &len, u(message), size_t(message.size())) != 1)
        return cryptoError("signing");
    QByteArray sig(qsizetype(len), '\0');
    if (EVP_DigestSign(ctx.get(), w(sig), &len, u(message), size_t(message.size())) != 1)
        return cryptoError("signing");
    sig.resize(qsizetype(len));
    if (d->type == KeyType::Ed25519)
        return sig;

    // OpenSSL returns DER (r, s); the IC wants 64-byte r||s with s in the lower half of the order.
    const uchar *p = u(sig);
    SigPtr ecdsa(d2i_ECDSA_SIG(nullptr, &p, long(sig.size())));
    GroupPtr group = secpGroup();
    if (!ecdsa || !group)
        return cryptoError("ECDSA signature decoding");
    const BIGNUM *order = EC_GROUP_get0_order(group.get());
    BnPtr half(BN_dup(order)), s(BN_dup(ECDSA_SIG_get0_s(ecdsa.get())));
    if (!half || !s || !BN_rshift1(half.get(), half.get()))
        return cryptoError("ECDSA normalisation");
    if (BN_cmp(s.get(), half.get()) > 0 && !BN_sub(s.get(), order, s.get()))
        return cryptoError("ECDSA normalisation");
    QByteArray out(64, '\0');
    if (BN_bn2binpad(ECDSA_SIG_get0_r(ecdsa.get()), w(out), 32) != 32
        || BN_bn2binpad(s.get(), w(out) + 32, 32) != 32)
        return cryptoError("ECDSA encoding");
    return out;
}

bool verifySignature(const QByteArray &derPublicKey, const QByteArray &message, const QByteArray &signature)
{
    if (signature.size() != 64)
        return false;
    PkeyPtr pkey;
    QByteArray sig = signature;
    const EVP_MD *md = nullptr;
    if (derPublicKey.size() == 44 && derPublicKey.startsWith(kEd25519DerPrefix)) {
        pkey.reset(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, u(derPublicKey) + 12, 32));
    } else if (derPublicKey.size() == 88 && derPublicKey.startsWith(kSecp256k1DerPrefix)) {
        pkey = secpFromData(derPublicKey.mid(23));
        GroupPtr group = secpGroup();
        BnPtr r(BN_bin2bn(u(signature), 32, nullptr)), s(BN_bin2bn(u(signature) + 32, 32, nullptr));
        BnPtr half(group ? BN_dup(EC_GROUP_get0_order(group.get())) : nullptr);
        if (!pkey || !r || !s || !half || !BN_rshift1(half.get(), half.get()))
            return false;
        // High-S signatures are malleable copies; the IC rejects them, so do we.
        if (BN_is_zero(r.get()) || BN_cmp(r.get(), EC_GROUP_get0_order(group.get())) >= 0 || BN_is_zero(s.get())
            || BN_cmp(s.get(), half.get()) > 0)
            return false;
        SigPtr ecdsa(ECDSA_SIG_new());
        if (!ecdsa || !ECDSA_SIG_set0(ecdsa.get(), r.get(), s.get()))
            return false;
        r.release();
        s.release();
        uchar *der = nullptr;
        const int derLen = i2d_ECDSA_SIG(ecdsa.get(), &der);
        if (derLen <= 0)
            return false;
        sig = QByteArray(reinterpret_cast<const char *>(der), derLen);
        OPENSSL_free(der);
        md = EVP_sha256();
    }
    MdCtxPtr ctx(EVP_MD_CTX_new());
    return pkey && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, pkey.get()) == 1
           && EVP_DigestVerify(ctx.get(), u(sig), size_t(sig.size()), u(message), size_t(message.size())) == 1;
}

} // namespace nexus
