-- One row per school per school day: term-time weekdays that are not bank holidays and not that
-- school's INSET days. Closure days stay school days (registers show #). school_day_number counts
-- the school's days in order, so "within 5 school days" is a subtraction.
with dates as (
    select * from dim_date
),

calendar as (
    select * from stg_calendar
),

schools as (
    select urn from stg_school
),

school_own_days_off as (
    select urn, start_date, end_date
    from calendar
    where entry_kind = 'inset' and urn is not null
),

la_school_days as (
    select *
    from dates
    where is_term_time and is_weekday and not is_bank_holiday
),

final as (
    select
        schools.urn,
        la_school_days.date_day as school_date,
        la_school_days.academic_year,
        la_school_days.term,
        la_school_days.term_id,
        la_school_days.term_start,
        row_number() over (partition by schools.urn order by la_school_days.date_day)
            as school_day_number
    from schools
    cross join la_school_days
    where not exists (
        select 1
        from school_own_days_off
        where school_own_days_off.urn = schools.urn
          and la_school_days.date_day
              between school_own_days_off.start_date and school_own_days_off.end_date
    )
)

select * from final
