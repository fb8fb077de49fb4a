-- The exporting school's school days from the loaded calendars: weekdays inside a term, outside
-- its half-term break, not a bank holiday and not one of the school's INSET days. Closure days
-- are register days, so they stay.
create or replace temp table register_school_day as
with calendar as (
    select * from raw_calendar
    where urn is null or urn = (select urn from register_context)
),

term_days as (
    select cast(unnest(generate_series(start_date, end_date, interval 1 day)) as date) as day
    from calendar
    where kind = 'term'
),

days_off as (
    select cast(unnest(generate_series(start_date, end_date, interval 1 day)) as date) as day
    from calendar
    where kind in ('half_term', 'bank_holiday', 'inset')
)

select distinct day
from term_days
where isodow(day) <= 5
  and day not in (select day from days_off);
