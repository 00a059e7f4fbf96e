import { EMarketNotAllowedReasonFlags } from '../../native/enums';
import { descriptionTable } from './describe-enum-value';
import { describeFlags } from './describe-flags';

/** Bit flags saying why a user may not use the Community Market (market_eligibility_response). */
export const MarketNotAllowedReasonFlags = {
  /** No reason: the user may use the Market. */
  MARKET_NOT_ALLOWED_REASON_NONE: EMarketNotAllowedReasonFlags.None,
  /** A back-end call failed; it might work again on retry. */
  MARKET_NOT_ALLOWED_REASON_TEMPORARY_FAILURE: EMarketNotAllowedReasonFlags.TemporaryFailure,
  /** The account is disabled. */
  MARKET_NOT_ALLOWED_REASON_ACCOUNT_DISABLED: EMarketNotAllowedReasonFlags.AccountDisabled,
  /** The account is locked. */
  MARKET_NOT_ALLOWED_REASON_ACCOUNT_LOCKED_DOWN: EMarketNotAllowedReasonFlags.AccountLockedDown,
  /** The account is limited (no purchases). */
  MARKET_NOT_ALLOWED_REASON_ACCOUNT_LIMITED: EMarketNotAllowedReasonFlags.AccountLimited,
  /** The account is banned from trading items. */
  MARKET_NOT_ALLOWED_REASON_TRADE_BANNED: EMarketNotAllowedReasonFlags.TradeBanned,
  /** Wallet funds aren't tradable because the user has had no purchase activity in the last year or no purchases before last month. */
  MARKET_NOT_ALLOWED_REASON_ACCOUNT_NOT_TRUSTED: EMarketNotAllowedReasonFlags.AccountNotTrusted,
  /** The user doesn't have Steam Guard enabled. */
  MARKET_NOT_ALLOWED_REASON_STEAM_GUARD_NOT_ENABLED: EMarketNotAllowedReasonFlags.SteamGuardNotEnabled,
  /** The user has Steam Guard, but it hasn't been enabled for the required number of days. */
  MARKET_NOT_ALLOWED_REASON_STEAM_GUARD_ONLY_RECENTLY_ENABLED: EMarketNotAllowedReasonFlags.SteamGuardOnlyRecentlyEnabled,
  /** The user has recently forgotten their password and reset it. */
  MARKET_NOT_ALLOWED_REASON_RECENT_PASSWORD_RESET: EMarketNotAllowedReasonFlags.RecentPasswordReset,
  /** The user has recently funded their wallet with a new payment method. */
  MARKET_NOT_ALLOWED_REASON_NEW_PAYMENT_METHOD: EMarketNotAllowedReasonFlags.NewPaymentMethod,
  /** An invalid cookie was sent by the user. */
  MARKET_NOT_ALLOWED_REASON_INVALID_COOKIE: EMarketNotAllowedReasonFlags.InvalidCookie,
  /** The user has Steam Guard, but is using a new computer or web browser. */
  MARKET_NOT_ALLOWED_REASON_USING_NEW_DEVICE: EMarketNotAllowedReasonFlags.UsingNewDevice,
  /** The user has recently refunded a store purchase themselves. */
  MARKET_NOT_ALLOWED_REASON_RECENT_SELF_REFUND: EMarketNotAllowedReasonFlags.RecentSelfRefund,
  /** The user has recently funded their wallet with a new payment method that cannot be verified. */
  MARKET_NOT_ALLOWED_REASON_NEW_PAYMENT_METHOD_CANNOT_BE_VERIFIED: EMarketNotAllowedReasonFlags.NewPaymentMethodCannotBeVerified,
  /** The account is not trusted and has no recent purchases at all. */
  MARKET_NOT_ALLOWED_REASON_NO_RECENT_PURCHASES: EMarketNotAllowedReasonFlags.NoRecentPurchases,
  /** The user accepted a wallet gift that was recently purchased. */
  MARKET_NOT_ALLOWED_REASON_ACCEPTED_WALLET_GIFT: EMarketNotAllowedReasonFlags.AcceptedWalletGift,
} as const;
export type MarketNotAllowedReasonFlags = (typeof MarketNotAllowedReasonFlags)[keyof typeof MarketNotAllowedReasonFlags];

// Wording from the SDK header comments. NONE (0) has no bit, so it never appears in a list of reasons.
const descriptions = descriptionTable<MarketNotAllowedReasonFlags>(() => ({
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_NONE]: 'No reason: the user may use the Market.',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_TEMPORARY_FAILURE]: 'A back-end call failed; it might work again on retry.',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_ACCOUNT_DISABLED]: 'The account is disabled.',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_ACCOUNT_LOCKED_DOWN]: 'The account is locked.',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_ACCOUNT_LIMITED]: 'The account is limited (no purchases).',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_TRADE_BANNED]: 'The account is banned from trading items.',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_ACCOUNT_NOT_TRUSTED]:
    "Wallet funds aren't tradable because the user has had no purchase activity in the last year or no purchases before last month.",
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_STEAM_GUARD_NOT_ENABLED]: "The user doesn't have Steam Guard enabled.",
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_STEAM_GUARD_ONLY_RECENTLY_ENABLED]:
    "The user has Steam Guard, but it hasn't been enabled for the required number of days.",
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_RECENT_PASSWORD_RESET]: 'The user has recently forgotten their password and reset it.',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_NEW_PAYMENT_METHOD]: 'The user has recently funded their wallet with a new payment method.',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_INVALID_COOKIE]: 'An invalid cookie was sent by the user.',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_USING_NEW_DEVICE]: 'The user has Steam Guard, but is using a new computer or web browser.',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_RECENT_SELF_REFUND]: 'The user has recently refunded a store purchase themselves.',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_NEW_PAYMENT_METHOD_CANNOT_BE_VERIFIED]:
    'The user has recently funded their wallet with a new payment method that cannot be verified.',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_NO_RECENT_PURCHASES]: 'The account is not trusted and has no recent purchases at all.',
  [MarketNotAllowedReasonFlags.MARKET_NOT_ALLOWED_REASON_ACCEPTED_WALLET_GIFT]: 'The user accepted a wallet gift that was recently purchased.',
}));

/** The reasons set in `flags`, one readable sentence each; an empty list when no reason is set (0). */
export const describeMarketNotAllowedReasonFlags = (flags: number): readonly string[] =>
  describeFlags('MarketNotAllowedReasonFlags', descriptions, flags);
