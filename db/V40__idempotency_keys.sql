-- A client that resends a request after a lost answer (Idempotency-Key header) gets the first answer again instead of
-- a second contact or concern (web.IdempotentRequests). A row without a status is a request still being handled.
create table idempotency_key (
  user_id          varchar(100) not null,
  endpoint         varchar(200) not null,
  idempotency_key  varchar(200) not null,
  request_hash     varchar(64)  not null,
  status           integer,
  location         varchar(500),
  response_body    varchar(100000),
  created_at       timestamp with time zone not null,
  primary key (user_id, endpoint, idempotency_key)
);
