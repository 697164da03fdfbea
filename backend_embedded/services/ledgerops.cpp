#include "ledgerops.h"

#include "ledgerrules.h"

#include <algorithm>

namespace nexus {

using ledger::addOverflows;

Result<LedgerOps::Party> LedgerOps::party(const Account &a, const QString &asset)
{
    auto row = m_store.party(a, asset, true);
    if (!row)
        return row.error();
    return Party{a, *row->id, row->balance};
}

Result<TxOutcome> LedgerOps::execute(AssetRow a, const TxRequest &r)
{
    const Account minting = ledger::mintingAccount(a.symbol);
    const auto refuse = [&](const LedgerError &e) { return e.toError(a.symbol, a.decimals); };
    const auto mintingUse = [&](const QString &what) {
        return refuse(LedgerError::generic(LedgerError::MintingAccountUse, what));
    };

    // The block's shape. ICRC-1: a transfer to the minting account is a burn; transfer_from where
    // the spender is the owner is an ordinary transfer.
    LedgerBlock b;
    b.tsNs = m_now;
    b.amount = r.amount;
    b.memo = r.memo;
    b.createdAtTime = r.createdAtTime;
    switch (r.type) {
    case BlockType::Transfer:
    case BlockType::Burn:
        if (r.caller == minting)
            return mintingUse(QStringLiteral("The minting account does not send; use ledger.mint."));
        b.from = r.caller;
        b.type = r.type == BlockType::Burn || *r.to == minting ? BlockType::Burn : BlockType::Transfer;
        if (b.type == BlockType::Transfer)
            b.to = r.to;
        break;
    case BlockType::Mint:
        if (*r.to == minting)
            return mintingUse(QStringLiteral("Minting to the minting account would create nothing."));
        b.type = BlockType::Mint;
        b.to = r.to;
        break;
    case BlockType::Approve:
        if (*r.spender == r.caller)
            return refuse(LedgerError::generic(LedgerError::SelfApproval, QStringLiteral("An account cannot approve itself as spender.")));
        if (r.caller == minting || *r.spender == minting)
            return mintingUse(QStringLiteral("The minting account cannot take part in approvals."));
        b.type = BlockType::Approve;
        b.from = r.caller;
        b.spender = r.spender;
        b.expectedAllowance = r.expectedAllowance;
        b.expiresAt = r.expiresAt;
        break;
    case BlockType::TransferFrom:
        if (*r.from == minting || r.caller == minting)
            return mintingUse(QStringLiteral("Nobody spends from the minting account."));
        b.from = r.from;
        if (*r.from == r.caller) {
            b.type = *r.to == minting ? BlockType::Burn : BlockType::Transfer;
        } else {
            b.type = *r.to == minting ? BlockType::Burn : BlockType::TransferFrom;
            b.spender = r.caller;
        }
        if (b.type != BlockType::Burn)
            b.to = r.to;
        break;
    }
    // Mints and burns are free; everything else pays the asset's fee, which is burned.
    const bool paysFee = b.type != BlockType::Mint && b.type != BlockType::Burn;
    const Nat128 fee = paysFee ? a.fee : 0;
    if (paysFee) {
        // A fee the caller named belongs to the transaction (tx.fee, part of its dedup hash); it
        // must then equal the asset's fee, checked below.
        b.fee = r.fee.value_or(fee);
        b.feeInTx = r.fee.has_value();
    }

    // Time window and duplicates first: a retry learns that its first attempt landed even if the
    // fee has changed since.
    if (r.createdAtTime) {
        if (auto e = ledger::checkCreatedAtTime(*r.createdAtTime, m_now))
            return refuse(*e);
        // Claimed for the block this will be; a later refusal rolls the claim back with the rest.
        auto dup = m_store.claimTransaction(a.symbol, *r.createdAtTime, b.txHash(), a.blocks);
        if (!dup)
            return dup.error();
        if (*dup)
            return refuse(LedgerError::duplicate(quint64(**dup)));
    }
    if (r.fee && *r.fee != fee)
        return refuse(LedgerError::badFee(fee));
    if (b.type == BlockType::Burn && r.amount < a.fee)
        return refuse(LedgerError::badBurn(a.fee)); // the minimum burn is the transfer fee
    if (b.type == BlockType::Approve && r.expiresAt && qint64(*r.expiresAt) < m_now)
        return refuse(LedgerError::expired(quint64(m_now)));

    // Parties, their balances, and the checks on them.
    std::optional<Party> from, to, spender;
    for (auto [account, slot] : {std::pair{&b.from, &from}, std::pair{&b.to, &to}, std::pair{&b.spender, &spender}}) {
        if (!*account)
            continue;
        auto p = party(**account, a.symbol);
        if (!p)
            return p.error();
        *slot = *p;
    }
    // What leaves `from`: the fee for an approval, amount + fee otherwise. An amount so large that
    // adding the fee overflows can be neither allowed nor held.
    const bool spends = b.spender && b.type != BlockType::Approve; // transfer_from, or a burn by a spender
    Nat128 need = fee;
    const bool tooMuch = b.type != BlockType::Approve && addOverflows(r.amount, fee, &need);
    AllowanceRow allowance;
    if (b.spender) {
        auto row = m_store.allowance(from->id, a.symbol, spender->id);
        if (!row)
            return row.error();
        allowance = *row;
    }
    const Nat128 current = allowance.effective(m_now);
    if (b.type == BlockType::Approve && r.expectedAllowance && *r.expectedAllowance != current)
        return refuse(LedgerError::allowanceChanged(current));
    if (spends && (tooMuch || current < need))
        return refuse(LedgerError::insufficientAllowance(current));
    if (from && (tooMuch || from->balance < need))
        return refuse(LedgerError::insufficientFunds(from->balance));
    if (b.type == BlockType::Mint && addOverflows(a.minted, r.amount, &a.minted))
        return refuse(LedgerError::generic(LedgerError::SupplyOverflow, QStringLiteral("The total minted would exceed 2^128 - 1 base units.")));

    // Accepted: move the amounts, then record the block and what it did.
    if (from)
        from->balance -= need;
    if (to)
        to->balance = (from && to->id == from->id) ? from->balance + r.amount : to->balance + r.amount;
    if (from && to && to->id == from->id)
        from->balance = to->balance;
    if (b.type == BlockType::Burn)
        a.burned += r.amount;
    a.feesBurned += fee;

    BlockWrite w{b, {}, {}, {}};
    if (from)
        w.fromId = from->id;
    if (to)
        w.toId = to->id;
    if (spender)
        w.spenderId = spender->id;
    const qint64 index = a.blocks;
    auto seq = m_store.appendBlock(a, w);
    if (!seq)
        return seq.error();

    TxOutcome out;
    QList<std::pair<qint64, Nat128>> moved, named; // balances that changed; every party's balance after
    for (const std::optional<Party> *p : {&from, &to, &spender}) {
        if (!*p || std::any_of(named.cbegin(), named.cend(), [&](const auto &e) { return e.first == (*p)->id; }))
            continue;
        named.append({(*p)->id, (*p)->balance});
        if (p != &spender)
            moved.append({(*p)->id, (*p)->balance});
        out.touched << (*p)->account;
    }
    if (auto st = m_store.setBalances(a.symbol, moved); !st)
        return st.error();
    if (auto st = m_store.addEntries(*seq, index, a, w.block.type, m_now, named); !st)
        return st.error();
    if (b.type == BlockType::Approve) {
        if (auto st = m_store.setAllowance(from->id, a.symbol, spender->id, {r.amount, r.expiresAt ? std::optional<qint64>(qint64(*r.expiresAt)) : std::nullopt}, *seq); !st)
            return st.error();
    } else if (spends) {
        if (auto st = m_store.setAllowance(from->id, a.symbol, spender->id, {current - need, allowance.expiresAt}, *seq); !st)
            return st.error();
    }
    // Expired dedup rows only cost space (the time check refuses their transactions first), so
    // they are cleared now and then rather than on every block.
    if (r.createdAtTime && index % 256 == 0)
        if (auto st = m_store.forgetTransactionsBefore(m_now - ledger::kTxWindowNs - ledger::kPermittedDriftNs); !st)
            return st.error();
    if (auto st = m_store.saveAssetTotals(a); !st)
        return st.error();
    out.asset = a;
    out.index = index;
    out.seq = *seq;
    out.block = w.block;
    return out;
}

} // namespace nexus
