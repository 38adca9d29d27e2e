-- One-off, with the release whose history level (full-without-sensitive-detail) stopped the engine recording
-- the variables that carry what a person told us (org.letstalk.workflow.SensitiveVariables): the history written
-- before it still holds their every value, readable through Cockpit and the history API for as long as the history
-- is kept. This deletes those rows, and the byte arrays holding their long or serialized values, and nothing else:
-- other variables, the running instances' own variables and the case tables are untouched.
-- The names are SensitiveVariables.NAMES as of this release (EngineHistoryPurgeTest keeps them in step).
-- The byte arrays go first, while the rows still say which are theirs; each historic value has its own.
delete from act_ge_bytearray where id_ in (
  select bytearray_id_ from act_hi_varinst where bytearray_id_ is not null and name_ in (
  'abuseType', 'address', 'allegedPersonName', 'allegedPersonRelationship', 'candidatePerson', 'capacity',
  'communicationNeeds', 'concernAllegedPersonName', 'concernAllegedPersonRelationship', 'concernDescription',
  'conclusionSummary', 'consentNotes', 'contactName', 'contactPhone', 'contactRelationship',
  'conversationRationale', 'dateOfBirth', 'decisionReason', 'describedPerson', 'email', 'emergencyActionTaken',
  'enquiryActionsTaken', 'enquiryFindings', 'ethnicCategory', 'familyName', 'givenName', 'gpPractice',
  'informationGiven', 'mainLanguage', 'matchDecisionReason', 'meetingAttendees', 'meetingNotes',
  'newContactAction', 'nhsNumber', 'outcomeRationale', 'outcomeReason', 'outcomesPersonWants', 'personWants',
  'phenotypicSex', 'phone', 'planReviewNotes', 'postcode', 'preferredLanguage', 'preferredName',
  'presentingNeed', 'primarySupportReason', 'protectionPlan', 'reportedBy', 'representativeName',
  'representativeRelationship', 'safeguardingAllegedPersonName', 'safeguardingAllegedPersonRelationship',
  'safeguardingConcernDetail', 'safeguardingDetail', 'statedGender', 'title'
  ));

delete from act_ge_bytearray where id_ in (
  select bytearray_id_ from act_hi_detail where bytearray_id_ is not null and name_ in (
  'abuseType', 'address', 'allegedPersonName', 'allegedPersonRelationship', 'candidatePerson', 'capacity',
  'communicationNeeds', 'concernAllegedPersonName', 'concernAllegedPersonRelationship', 'concernDescription',
  'conclusionSummary', 'consentNotes', 'contactName', 'contactPhone', 'contactRelationship',
  'conversationRationale', 'dateOfBirth', 'decisionReason', 'describedPerson', 'email', 'emergencyActionTaken',
  'enquiryActionsTaken', 'enquiryFindings', 'ethnicCategory', 'familyName', 'givenName', 'gpPractice',
  'informationGiven', 'mainLanguage', 'matchDecisionReason', 'meetingAttendees', 'meetingNotes',
  'newContactAction', 'nhsNumber', 'outcomeRationale', 'outcomeReason', 'outcomesPersonWants', 'personWants',
  'phenotypicSex', 'phone', 'planReviewNotes', 'postcode', 'preferredLanguage', 'preferredName',
  'presentingNeed', 'primarySupportReason', 'protectionPlan', 'reportedBy', 'representativeName',
  'representativeRelationship', 'safeguardingAllegedPersonName', 'safeguardingAllegedPersonRelationship',
  'safeguardingConcernDetail', 'safeguardingDetail', 'statedGender', 'title'
  ));

delete from act_hi_detail where name_ in (
  'abuseType', 'address', 'allegedPersonName', 'allegedPersonRelationship', 'candidatePerson', 'capacity',
  'communicationNeeds', 'concernAllegedPersonName', 'concernAllegedPersonRelationship', 'concernDescription',
  'conclusionSummary', 'consentNotes', 'contactName', 'contactPhone', 'contactRelationship',
  'conversationRationale', 'dateOfBirth', 'decisionReason', 'describedPerson', 'email', 'emergencyActionTaken',
  'enquiryActionsTaken', 'enquiryFindings', 'ethnicCategory', 'familyName', 'givenName', 'gpPractice',
  'informationGiven', 'mainLanguage', 'matchDecisionReason', 'meetingAttendees', 'meetingNotes',
  'newContactAction', 'nhsNumber', 'outcomeRationale', 'outcomeReason', 'outcomesPersonWants', 'personWants',
  'phenotypicSex', 'phone', 'planReviewNotes', 'postcode', 'preferredLanguage', 'preferredName',
  'presentingNeed', 'primarySupportReason', 'protectionPlan', 'reportedBy', 'representativeName',
  'representativeRelationship', 'safeguardingAllegedPersonName', 'safeguardingAllegedPersonRelationship',
  'safeguardingConcernDetail', 'safeguardingDetail', 'statedGender', 'title'
);

delete from act_hi_varinst where name_ in (
  'abuseType', 'address', 'allegedPersonName', 'allegedPersonRelationship', 'candidatePerson', 'capacity',
  'communicationNeeds', 'concernAllegedPersonName', 'concernAllegedPersonRelationship', 'concernDescription',
  'conclusionSummary', 'consentNotes', 'contactName', 'contactPhone', 'contactRelationship',
  'conversationRationale', 'dateOfBirth', 'decisionReason', 'describedPerson', 'email', 'emergencyActionTaken',
  'enquiryActionsTaken', 'enquiryFindings', 'ethnicCategory', 'familyName', 'givenName', 'gpPractice',
  'informationGiven', 'mainLanguage', 'matchDecisionReason', 'meetingAttendees', 'meetingNotes',
  'newContactAction', 'nhsNumber', 'outcomeRationale', 'outcomeReason', 'outcomesPersonWants', 'personWants',
  'phenotypicSex', 'phone', 'planReviewNotes', 'postcode', 'preferredLanguage', 'preferredName',
  'presentingNeed', 'primarySupportReason', 'protectionPlan', 'reportedBy', 'representativeName',
  'representativeRelationship', 'safeguardingAllegedPersonName', 'safeguardingAllegedPersonRelationship',
  'safeguardingConcernDetail', 'safeguardingDetail', 'statedGender', 'title'
);
