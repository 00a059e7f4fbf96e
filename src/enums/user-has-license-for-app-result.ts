import { EUserHasLicenseForAppResult } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Result of userHasLicenseForApp. */
export const UserHasLicenseForAppResult = {
  /** The user has a license for the specified app. */
  USER_HAS_LICENSE_RESULT_HAS_LICENSE: EUserHasLicenseForAppResult.HasLicense,
  /** The user does not have a license for the specified app. */
  USER_HAS_LICENSE_RESULT_DOES_NOT_HAVE_LICENSE: EUserHasLicenseForAppResult.DoesNotHaveLicense,
  /** The user has not been authenticated (no auth session for this Steam ID). */
  USER_HAS_LICENSE_RESULT_NO_AUTH: EUserHasLicenseForAppResult.NoAuth,
} as const;
export type UserHasLicenseForAppResult = (typeof UserHasLicenseForAppResult)[keyof typeof UserHasLicenseForAppResult];

const descriptions = descriptionTable<UserHasLicenseForAppResult>(() => ({
  [UserHasLicenseForAppResult.USER_HAS_LICENSE_RESULT_HAS_LICENSE]: 'The user has a license for the specified app.',
  [UserHasLicenseForAppResult.USER_HAS_LICENSE_RESULT_DOES_NOT_HAVE_LICENSE]: 'The user does not have a license for the specified app.',
  [UserHasLicenseForAppResult.USER_HAS_LICENSE_RESULT_NO_AUTH]: 'The user has not been authenticated (no auth session for this Steam ID).',
}));

/** The readable description of one UserHasLicenseForAppResult value; a value that is not a member gives `unknown UserHasLicenseForAppResult value <value>`. */
export const describeUserHasLicenseForAppResult = (value: number): string =>
  describeEnumValue('UserHasLicenseForAppResult', descriptions, value);
