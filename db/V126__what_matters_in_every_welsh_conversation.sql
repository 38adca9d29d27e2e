-- In Wales every assessment starts from what matters to the person and records the barriers to their outcomes
-- [W ¶37-42, ¶78]: a Let's Talk 1 or 2 keeps them on the conversation (V93); a Let's Talk 3 and a carer's own
-- conversation keep them here. England's conversations leave them empty.
alter table lets_talk_3 add column what_matters varchar(4000);
alter table lets_talk_3 add column barriers varchar(4000);
alter table carer_conversation add column what_matters varchar(4000);
alter table carer_conversation add column barriers varchar(4000);
