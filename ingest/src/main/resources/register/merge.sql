-- Merges the good rows of the batch's accepted files into raw_mark. For each (school, pupil, date,
-- session) the mark from the latest export wins, whatever the order files arrive in, within the
-- batch and against marks loaded before (on a tie the mark loaded first stays). Every mark that
-- loses to a later export goes to history with the mark that replaced it. ${urns}, ${first_date}
-- and ${last_date} are literals (the batch's schools and dates), so reads of raw_mark skip the row
-- groups of other schools and dates.
create or replace temp view register_valid as
select
    files.urn,
    checked.upn,
    checked.admission_day as admission_date,
    checked.leaving_day as leaving_date,
    checked.session_date,
    checked.session,
    checked.mark,
    checked.late_minutes as minutes_late,
    files.exported_at,
    files.load_id,
    files.file_name as source_file,
    checked.source_line,
    -- one number per key; a collision only makes a key contested, judged below by the real key
    checked.key_hash
from register_checked as checked
join register_file as files on files.file_id = checked.file_id and files.accepted
where checked.rule_code is null;

create or replace temp table register_current as
select current_marks.*
from (
    select *, hash(urn, upn, session_date, session) as key_hash
    from raw_mark
    where urn in (${urns}) and session_date between ${first_date} and ${last_date}
) as current_marks
semi join register_valid using (key_hash);

-- keys with more than one candidate mark: sent twice in the batch, or already loaded
create or replace temp table register_contested_key as
select key_hash from register_valid group by key_hash having count(*) > 1
union
select key_hash from register_current;

create or replace temp table register_contested as
select
    *,
    row_number() over (
        partition by urn, upn, session_date, session order by exported_at desc, load_id
    ) as batch_rank
from register_valid
semi join register_contested_key using (key_hash);

-- the mark each contested key ends with: the batch's latest unless a mark loaded before is as late
create or replace temp table register_final as
select
    new.urn, new.upn, new.session_date, new.session,
    cur.exported_at is null or cur.exported_at < new.exported_at as batch_wins,
    case when cur.exported_at >= new.exported_at then cur.mark else new.mark end as mark,
    case
        when cur.exported_at >= new.exported_at then cur.minutes_late else new.minutes_late
    end as minutes_late,
    greatest(cur.exported_at, new.exported_at) as exported_at,
    case when cur.exported_at >= new.exported_at then cur.load_id else new.load_id end as load_id,
    case
        when cur.exported_at >= new.exported_at then cur.source_file else new.source_file
    end as source_file
from register_contested as new
left join register_current as cur
    on cur.urn = new.urn and cur.upn = new.upn
   and cur.session_date = new.session_date and cur.session = new.session
where new.batch_rank = 1;

-- marks loaded before that a later export in this batch replaces
insert into raw_mark_history
select
    cur.urn, cur.upn, cur.session_date, cur.session, cur.mark, cur.minutes_late,
    cur.exported_at, cur.load_id, cur.source_file, cur.source_line,
    final.mark, final.exported_at, final.load_id, final.source_file
from register_current as cur
join register_final as final
    on cur.urn = final.urn and cur.upn = final.upn
   and cur.session_date = final.session_date and cur.session = final.session
where final.batch_wins
  and (cur.mark is distinct from final.mark or cur.minutes_late is distinct from final.minutes_late);

-- marks of this batch that a later export (in the batch or loaded before) supersedes on arrival
insert into raw_mark_history
select
    new.urn, new.upn, new.session_date, new.session, new.mark, new.minutes_late,
    new.exported_at, new.load_id, new.source_file, new.source_line,
    final.mark, final.exported_at, final.load_id, final.source_file
from register_contested as new
join register_final as final
    on new.urn = final.urn and new.upn = final.upn
   and new.session_date = final.session_date and new.session = final.session
where new.exported_at < final.exported_at
  and (new.mark is distinct from final.mark or new.minutes_late is distinct from final.minutes_late);

delete from raw_mark as cur
using register_final as final
where cur.urn in (${urns}) and cur.session_date between ${first_date} and ${last_date}
  and final.batch_wins
  and cur.urn = final.urn and cur.upn = final.upn
  and cur.session_date = final.session_date and cur.session = final.session;

-- uncontested marks go straight in; of contested ones only a batch mark that wins
insert into raw_mark
select
    urn, upn, admission_date, leaving_date, session_date, session,
    mark, minutes_late, exported_at, load_id, source_file, source_line
from register_valid
anti join register_contested_key using (key_hash);

insert into raw_mark
select
    new.urn, new.upn, new.admission_date, new.leaving_date, new.session_date, new.session,
    new.mark, new.minutes_late, new.exported_at, new.load_id, new.source_file, new.source_line
from register_contested as new
join register_final as final
    on new.urn = final.urn and new.upn = final.upn
   and new.session_date = final.session_date and new.session = final.session
where new.batch_rank = 1 and final.batch_wins;

drop view register_valid;
drop table register_current;
drop table register_contested_key;
drop table register_contested;
drop table register_final;
