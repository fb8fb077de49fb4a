-- The rows of mart_group_period for the year to date as at any date: every school, LA and LA
-- phase, both cohorts and every subgroup, for the academic year the date falls in, from its
-- 1 September to that date inclusive. Each enrolment is judged on its own sessions to that date,
-- with its characteristics from the census as at that date; the period is year_to_date and its id
-- names the date, e.g. 2024/25-ytd-2025-03-14. Call it as
-- select * from group_period_year_to_date(date '2025-03-14').
create or replace macro group_period_year_to_date(as_of) as table
with the_year as (
    select
        academic_year,
        year_key,
        year_start,
        date_day as as_of_date,
        academic_year || '-ytd-' || strftime(date_day, '%Y-%m-%d') as period_id
    from dim_date
    where date_day = cast(as_of as date)
),

enrolments as (
    select enrolment_key, pupil_key, urn from int_enrolment_window
),

sessions_to_date as (
    select fct_session.*
    from fct_session
    join the_year on the_year.academic_year = fct_session.academic_year
    where fct_session.session_date <= the_year.as_of_date
),

cells_to_date as (
    select * from count_enrolment_sessions('sessions_to_date')
),

summed_to_date as (
    select enrolment_key, cast(sum(columns('sessions')) as bigint)
    from cells_to_date
    group by enrolment_key
),

totals_to_date as (
    select
        summed_to_date.enrolment_key,
        enrolments.pupil_key,
        enrolments.urn,
        the_year.academic_year,
        the_year.year_key,
        'year_to_date' as period_type,
        the_year.period_id,
        the_year.year_start as period_start,
        the_year.as_of_date as period_end,
        summed_to_date.* exclude (enrolment_key)
    from summed_to_date
    join enrolments on enrolments.enrolment_key = summed_to_date.enrolment_key
    cross join the_year
),

described_to_date as (
    select * from describe_enrolment_periods('totals_to_date')
),

grouped_to_date as (
    select * from group_enrolment_periods('described_to_date')
)

select * from group_period_rates('grouped_to_date')
