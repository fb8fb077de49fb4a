-- One row per school per school day: weekdays inside a term, outside half-term breaks, bank
-- holidays and that school's INSET days. Closure days stay school days (registers show #).
with calendar as (
    select * from stg_calendar
),

schools as (
    select urn from stg_school
),

terms as (
    select academic_year, entry_name as term, start_date, end_date
    from calendar
    where entry_kind = 'term'
),

term_days as (
    select
        terms.academic_year,
        terms.term,
        terms.academic_year || '-' || terms.term as term_id,
        terms.start_date as term_start,
        cast(day as date) as school_date
    from terms,
        unnest(generate_series(terms.start_date, terms.end_date, interval 1 day)) as days(day)
    where isodow(day) <= 5
),

days_off as (
    select urn, start_date, end_date
    from calendar
    where entry_kind in ('half_term', 'bank_holiday', 'inset')
),

final as (
    select
        schools.urn,
        term_days.school_date,
        term_days.academic_year,
        term_days.term,
        term_days.term_id,
        term_days.term_start
    from schools
    cross join term_days
    where not exists (
        select 1
        from days_off
        where term_days.school_date between days_off.start_date and days_off.end_date
          and (days_off.urn is null or days_off.urn = schools.urn)
    )
)

select * from final
