/**
 * Words that, right after a weekday-and-date pair, make it the date a picture was taken ("In this Tuesday,
 * Nov. 10, 2009 file photo …"), not a date the report tells of: such a pair does not pin its publication.
 * Lower case; matched whole, after optional comma and spaces. Data only.
 */
export const PHOTO_DATE_AFTER: readonly string[] = ['file photo', 'photo', 'photograph', 'image', 'picture'];
