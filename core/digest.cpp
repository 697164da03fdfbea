#include "digest.h"

#include <openssl/evp.h>

namespace nexus {

namespace {

// EVP_MD_fetch once: implicit fetching on every EVP_DigestInit costs more than hashing a small input.
const EVP_MD *fetched(const char *name)
{
    if (QByteArrayView(name) == "SHA256") {
        static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return md;
    }
    static EVP_MD *md224 = EVP_MD_fetch(nullptr, "SHA224", nullptr);
    return md224;
}

struct CtxHolder {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~CtxHolder() { EVP_MD_CTX_free(ctx); }
};

EVP_MD_CTX *threadCtx()
{
    thread_local CtxHolder holder;
    return holder.ctx;
}

void digestParts(const EVP_MD *md, const QByteArrayView *parts, int count, unsigned char *out)
{
    EVP_MD_CTX *ctx = threadCtx();
    EVP_DigestInit_ex2(ctx, md, nullptr);
    for (int i = 0; i < count; ++i)
        EVP_DigestUpdate(ctx, parts[i].data(), size_t(parts[i].size()));
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx, out, &len);
}

} // namespace

void sha256Into(QByteArrayView data, unsigned char *out)
{
    digestParts(fetched("SHA256"), &data, 1, out);
}

void sha256PartsInto(const QByteArrayView *parts, int count, unsigned char *out)
{
    digestParts(fetched("SHA256"), parts, count, out);
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    sha256Into(data, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray sha224(QByteArrayView data)
{
    QByteArray out(28, Qt::Uninitialized);
    digestParts(fetched("SHA224"), &data, 1, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace nexus
