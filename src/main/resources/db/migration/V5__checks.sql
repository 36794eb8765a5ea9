-- Relying parties (应用单位): agencies and companies that check subjects for registered purposes.
create table relying_party (
  id         varchar(64) primary key,
  name_zh    text        not null,
  name_en    text        not null,
  purposes   text[]      not null,
  active     boolean     not null default true,
  created_at timestamptz not null default now()
);

alter table api_key add column relying_party_id varchar(64) references relying_party (id);
alter table api_key add constraint api_key_relying_party
  check (role <> 'RELYING_PARTY' or relying_party_id is not null);

-- Every check: who asked, for which purpose, about whom, when, and what it answered. The subject
-- sees its own rows (DESIGN principle 4). Append-only.
create table check_log (
  id              bigserial   primary key,
  relying_party_id varchar(64) not null references relying_party (id),
  purpose         varchar(64) not null,
  subject_code    varchar(18) not null,
  measures        text[]      not null,   -- the codes of the measures that applied
  checked_at      timestamptz not null default now()
);
create index check_log_subject on check_log (subject_code, id);
create trigger check_log_append_only before update or delete on check_log
  for each row execute function refuse_change();
