-- One-off, with the release in which a conversation or a review that ends in a safeguarding concern no longer
-- carries the concern's detail in its process: instances running since earlier releases still hold it in their
-- variables, readable by whoever may read the instance. Who a concern names is deleted; a conversation's rationale
-- that is a concern's description becomes the sentence the conversation now hands back instead
-- (conversation/flow/Concluded.CONCERN_RAISED); the form's own copy of it is deleted. Strings are kept in text_,
-- never in byte arrays, so only rows without one are touched.
delete from act_ru_variable
where bytearray_id_ is null and name_ in (
  'concernAllegedPersonName', 'concernAllegedPersonRelationship', 'safeguardingConcernDetail',
  'safeguardingAllegedPersonName', 'safeguardingAllegedPersonRelationship');

update act_ru_variable
set text_ = 'The conversation ended in a safeguarding concern; what was said is with the safeguarding decision-makers.'
where bytearray_id_ is null and name_ = 'conversationRationale' and exists (
  select 1 from act_ru_variable outcome
  where outcome.execution_id_ = act_ru_variable.execution_id_ and outcome.name_ = 'conversationOutcome'
    and outcome.text_ = 'SAFEGUARDING');

delete from act_ru_variable
where bytearray_id_ is null and name_ = 'outcomeRationale' and exists (
  select 1 from act_ru_variable outcome
  where outcome.execution_id_ = act_ru_variable.execution_id_ and outcome.name_ = 'outcome'
    and outcome.text_ = 'SAFEGUARDING');
