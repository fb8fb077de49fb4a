-- The school days of every school in the batch, from the loaded calendars: weekdays inside a term,
-- outside its half-term break, not a bank holiday and not one of the school's INSET days. Closure
-- days are register days, so they stay.
create or replace temp table register_school_day as
with schools as (
    select distinct urn from register_file
),

calendar as (
    select schools.urn as school, calendar.*
    from raw_calendar as calendar
    join schools on calendar.urn is null or calendar.urn = schools.urn
),

term_days as (
    select school, cast(unnest(generate_series(start_date, end_date, interval 1 day)) as date) as day
    from calendar
    where kind = 'term'
),

days_off as (
    select school, cast(unnest(generate_series(start_date, end_date, interval 1 day)) as date) as day
    from calendar
    where kind in ('half_term', 'bank_holiday', 'inset')
)

select distinct school as urn, day
from term_days
where isodow(day) <= 5
  and not exists (
      select 1 from days_off where days_off.school = term_days.school and days_off.day = term_days.day
  );
