-- England's Client Level Data counts a request by how it reached adult social care (its route of access: from
-- hospital, a planned transition, prison, another council ...), which is not who made the contact
-- (route_of_access, the referral source). Asked at the front door; contacts before it have none and are counted
-- as "Community / Other route", the collection's own default (org.letstalk.contact.RequestRoute).
alter table contact add column request_route varchar(40);
