-- List entries: the current state of each entry, and every change of it (append-only).
create table list_entry (
  id           varchar(40) primary key,
  list_id      varchar(64) not null,
  subject_code varchar(18) not null,
  basis        text        not null,
  state        varchar(8)  not null
               check (state in ('PROPOSED', 'NOTIFIED', 'ACTIVE', 'REMOVED', 'EXPIRED')),
  notified_on  date,
  active_from  date,
  ends_on      date,
  updated_at   timestamptz not null default now()
);
create index list_entry_subject on list_entry (subject_code);
create index list_entry_open on list_entry (list_id, state) where state in ('NOTIFIED', 'ACTIVE');
-- One open entry per subject and list: a second proposal waits until the first has ended.
create unique index list_entry_one_open on list_entry (list_id, subject_code)
  where state in ('PROPOSED', 'NOTIFIED', 'ACTIVE');

create table list_entry_change (
  entry_id    varchar(40) not null references list_entry (id),
  seq         int         not null,
  from_state  varchar(8),
  to_state    varchar(8)  not null,
  on_day      date        not null,
  actor       text        not null,
  reason      text        not null,
  recorded_at timestamptz not null default now(),
  primary key (entry_id, seq)
);
create trigger list_entry_change_append_only before update or delete on list_entry_change
  for each row execute function refuse_change();
