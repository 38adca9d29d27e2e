-- In Wales every assessment starts from what matters to the person and is structured around five elements:
-- circumstances, personal outcomes, barriers, risks, strengths and capabilities [W ¶37-42, ¶78]. A Let's Talk 1
-- already records the circumstances, outcomes, risks and strengths; a Welsh one also records what matters, in the
-- person's words, and the barriers. England's conversations leave both empty.
alter table conversation add column what_matters varchar(4000);
alter table conversation add column barriers varchar(4000);
