-- A carer not offered a conversation of their own is recorded with the reason [T App B item 7; golden rule 6],
-- on every conversation; Let's Talk 3 records how the person took part [T 1.24] and the carer, as Let's Talk 1
-- and 2 do. Let's Talk 3 records made before this have none of it, so the columns stay nullable.

alter table conversation add column carer_not_offered_reason varchar(1000);

alter table lets_talk_3 add column participation varchar(40);
alter table lets_talk_3 add column participation_notes varchar(4000);
alter table lets_talk_3 add column representative varchar(200);
alter table lets_talk_3 add column advocate varchar(40);
alter table lets_talk_3 add column carer_present boolean;
alter table lets_talk_3 add column carer_conversation_offered boolean;
alter table lets_talk_3 add column carer_conversation_refused boolean;
alter table lets_talk_3 add column carer_refused_reason varchar(1000);
alter table lets_talk_3 add column carer_not_offered_reason varchar(1000);
