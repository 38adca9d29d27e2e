-- One-off, with the release in which a new contact keeps whom its safeguarding concern names on the contact record
-- (db/V140) instead of in its process: contacts running since earlier releases still hold allegedPersonName and
-- allegedPersonRelationship as variables until they end, readable by everyone who may work the contact. Their
-- concerns were raised with them already, and the safeguarding record keeps them. Only the new-contact process's
-- variables go: the safeguarding process's own variables of the same names stay. Any history of them goes too
-- (the history level has not recorded them since engine-db/V15; this catches rows written by a node that ran an
-- older release meanwhile). Byte arrays first, while the rows still say which are theirs.
delete from act_ge_bytearray where id_ in (
  select bytearray_id_ from act_ru_variable
  where bytearray_id_ is not null and name_ in ('allegedPersonName', 'allegedPersonRelationship')
    and proc_def_id_ in (select id_ from act_re_procdef where key_ = 'new-contact'));

delete from act_ru_variable
where name_ in ('allegedPersonName', 'allegedPersonRelationship')
  and proc_def_id_ in (select id_ from act_re_procdef where key_ = 'new-contact');

delete from act_ge_bytearray where id_ in (
  select bytearray_id_ from act_hi_varinst
  where bytearray_id_ is not null and name_ in ('allegedPersonName', 'allegedPersonRelationship')
    and proc_def_key_ = 'new-contact');

delete from act_ge_bytearray where id_ in (
  select bytearray_id_ from act_hi_detail
  where bytearray_id_ is not null and name_ in ('allegedPersonName', 'allegedPersonRelationship')
    and proc_def_key_ = 'new-contact');

delete from act_hi_detail
where name_ in ('allegedPersonName', 'allegedPersonRelationship') and proc_def_key_ = 'new-contact';

delete from act_hi_varinst
where name_ in ('allegedPersonName', 'allegedPersonRelationship') and proc_def_key_ = 'new-contact';
