-- Chengxin foundation schema. Every large table carries subject_code so that a distributed
-- PostgreSQL (Citus or similar) can shard by subject; see docs/adr/003-store.md.

create table subject (
  code              varchar(18) primary key,
  kind              varchar(24) not null
                    check (kind in ('PERSON', 'ENTERPRISE', 'PUBLIC_INSTITUTION', 'SOCIAL_ORGANISATION')),
  organisation_type varchar(32),
  region            char(6)     not null,
  name              text        not null,
  name_pinyin       text        not null default '',
  birth_date        date,
  check_failed      boolean     not null default false,
  source            varchar(16) not null,
  registered_at     timestamptz not null default now()
);
create index subject_region on subject (region, kind);
create index subject_name on subject (name text_pattern_ops);
create index subject_pinyin on subject (name_pinyin text_pattern_ops);

create table subject_relation (
  organisation_code varchar(18) not null,
  person_code       varchar(18) not null,
  role              varchar(24) not null,
  valid_from        date        not null,
  valid_to          date,
  primary key (organisation_code, role, person_code, valid_from),
  check (valid_to is null or valid_to >= valid_from)
);
create index subject_relation_person on subject_relation (person_code);

-- The closed catalog. Each change is a new revision of one type; nothing is overwritten.
create table catalog_type (
  code            varchar(64) not null,
  revision        int         not null,
  catalog_version int         not null,
  definition      jsonb       not null,
  changed_by      text        not null,
  changed_at      timestamptz not null default now(),
  reason          text        not null,
  primary key (code, revision)
);

create table provider (
  id           varchar(64) primary key,
  name_zh      text        not null,
  name_en      text        not null,
  kind         varchar(32) not null,
  record_types text[]      not null,
  regions      text[]      not null,
  active       boolean     not null default true,
  created_at   timestamptz not null default now()
);

-- API keys: only a SHA-256 of the random secret is kept; the secret is shown once.
create table api_key (
  key_id      varchar(32) primary key,
  secret_hash bytea       not null,
  role        varchar(32) not null,
  provider_id varchar(64) references provider (id),
  label       text        not null,
  created_at  timestamptz not null default now(),
  revoked_at  timestamptz,
  check (role <> 'PROVIDER' or provider_id is not null)
);

create table ingest_batch (
  id          bigserial primary key,
  provider_id varchar(64) not null references provider (id),
  channel     varchar(8)  not null check (channel in ('HTTP', 'FILE')),
  source_name text,
  received_at timestamptz not null default now(),
  items       int         not null,
  created     int         not null,
  duplicates  int         not null,
  skipped     int         not null default 0
);

-- Records are immutable: corrections and revocations are new rows naming the reference they
-- supersede (same provider). The unique index keeps each version chain linear.
create sequence credit_record_id_seq cache 1000;
create table credit_record (
  id                   bigint       not null default nextval('credit_record_id_seq') primary key,
  subject_code         varchar(18)  not null,
  provider_id          varchar(64)  not null,
  reference            varchar(128) not null,
  type_code            varchar(64)  not null,
  action               varchar(8)   not null check (action in ('CREATE', 'CORRECT', 'REVOKE')),
  supersedes_reference varchar(128),
  event_date           date         not null,
  document_no          text         not null,
  legal_basis          text         not null,
  attributes           jsonb        not null,
  content_hash         bytea        not null,
  batch_id             bigint       not null,
  ingested_at          timestamptz  not null default now(),
  check ((action = 'CREATE') = (supersedes_reference is null))
);
create unique index credit_record_idempotency on credit_record (provider_id, reference);
create unique index credit_record_chain on credit_record (provider_id, supersedes_reference)
  where supersedes_reference is not null;
create index credit_record_subject on credit_record (subject_code, event_date);

create function refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% rows are immutable: write a new version instead', tg_table_name;
end $$;
create trigger credit_record_immutable before update on credit_record
  for each row execute function refuse_change();

-- Append-only log of writes and refused attempts (hash chaining arrives with the security work).
create table audit_event (
  seq     bigserial primary key,
  at      timestamptz not null default now(),
  actor   text        not null,
  action  text        not null,
  target  text,
  outcome varchar(16) not null check (outcome in ('OK', 'REFUSED')),
  detail  jsonb       not null default '{}'
);
create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function refuse_change();

-- What the demo loaded, so a second start does not load the city again.
create table demo_city (
  seed        bigint      primary key,
  persons     int         not null,
  enterprises int         not null,
  records     bigint      not null,
  loaded_at   timestamptz not null default now()
);
