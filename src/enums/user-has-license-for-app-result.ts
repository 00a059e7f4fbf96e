import { EUserHasLicenseForAppResult } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Result of userHasLicenseForApp. */
export const UserHasLicenseForAppResult = {
  USER_HAS_LICENSE_RESULT_HAS_LICENSE: EUserHasLicenseForAppResult.HasLicense,
  USER_HAS_LICENSE_RESULT_DOES_NOT_HAVE_LICENSE: EUserHasLicenseForAppResult.DoesNotHaveLicense,
  USER_HAS_LICENSE_RESULT_NO_AUTH: EUserHasLicenseForAppResult.NoAuth,
} as const;
export type UserHasLicenseForAppResult = (typeof UserHasLicenseForAppResult)[keyof typeof UserHasLicenseForAppResult];

const descriptions = descriptionTable<UserHasLicenseForAppResult>({
  [UserHasLicenseForAppResult.USER_HAS_LICENSE_RESULT_HAS_LICENSE]: 'The user has a license for the specified app.',
  [UserHasLicenseForAppResult.USER_HAS_LICENSE_RESULT_DOES_NOT_HAVE_LICENSE]: 'The user does not have a license for the specified app.',
  [UserHasLicenseForAppResult.USER_HAS_LICENSE_RESULT_NO_AUTH]: 'The user has not been authenticated (no auth session for this Steam ID).',
});

export const describeUserHasLicenseForAppResult = (value: number): string =>
  describeEnumValue('UserHasLicenseForAppResult', descriptions, value);
