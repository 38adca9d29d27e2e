-- Every Let's Talk 1 and 2 explores risks and records them with the actions to be taken [T 3.8 Standard 1], flags
-- a need for urgent action (self-neglect, hoarding, failure to gain access) with what is done now [T 2.33, 2.43],
-- and records how it was held: in person, by phone or by video [T 2.17]. Earlier conversations have none of it.

alter table conversation add column held_how varchar(20);
alter table conversation add column risks_explored varchar(4000);
alter table conversation add column risk_self_neglect boolean;
alter table conversation add column risk_hoarding boolean;
alter table conversation add column risk_failure_to_gain_access boolean;
alter table conversation add column urgent_action varchar(4000);
