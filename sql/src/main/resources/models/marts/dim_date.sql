-- One row per calendar date of every academic year in the calendar (1 September to 31 August),
-- with every period it belongs to: week, calendar month, half-term, school term, DfE statistical
-- term and academic year. Every period in the marts is derived from here.
with calendar as (
    select * from stg_calendar
),

years as (
    select distinct
        academic_year,
        make_date(cast(left(academic_year, 4) as integer), 9, 1) as year_start,
        make_date(cast(left(academic_year, 4) as integer) + 1, 8, 31) as year_end
    from calendar
),

terms as (
    select academic_year, entry_name as term, start_date, end_date
    from calendar
    where entry_kind = 'term' and urn is null
),

breaks as (
    select academic_year, entry_name as term, start_date, end_date
    from calendar
    where entry_kind = 'half_term' and urn is null
),

bank_holidays as (
    select distinct start_date as holiday
    from calendar
    where entry_kind = 'bank_holiday'
),

first_term_days as (
    select academic_year, min(start_date) as first_term_day
    from terms
    group by academic_year
),

-- Easter Sunday by the anonymous Gregorian algorithm, for the DfE statistical terms.
easter_steps as (
    select
        academic_year,
        cast(left(academic_year, 4) as integer) + 1 as y,
        y % 19 as a,
        y // 100 as b,
        y % 100 as c,
        (19 * a + b - b // 4 - (b - (b + 8) // 25 + 1) // 3 + 15) % 30 as h,
        (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7 as l,
        (a + 11 * h + 22 * l) // 451 as m
    from years
),

easter as (
    select
        academic_year,
        make_date(y, (h + l - 7 * m + 114) // 31, (h + l - 7 * m + 114) % 31 + 1) as easter_sunday
    from easter_steps
),

days as (
    select
        cast(day as date) as date_day,
        years.academic_year,
        years.year_start,
        years.year_end
    from years,
        unnest(generate_series(years.year_start, years.year_end, interval 1 day)) as days(day)
),

final as (
    select
        days.date_day,
        days.academic_year,
        replace(days.academic_year, '/', '-') as year_key,
        days.year_start,
        days.year_end,
        isodow(days.date_day) as iso_day_of_week,
        isodow(days.date_day) <= 5 as is_weekday,
        bank_holidays.holiday is not null as is_bank_holiday,
        days.academic_year || '-w'
            || lpad(cast(
                greatest(0, (date_trunc('week', days.date_day)::date
                    - date_trunc('week', first_term_days.first_term_day)::date) // 7 + 1)
                as varchar), 2, '0') as week_id,
        greatest(date_trunc('week', days.date_day)::date, days.year_start) as week_start,
        least(date_trunc('week', days.date_day)::date + 6, days.year_end) as week_end,
        strftime(days.date_day, '%Y-%m') as month_id,
        date_trunc('month', days.date_day)::date as month_start,
        last_day(days.date_day) as month_end,
        terms.term,
        terms.academic_year || '-' || terms.term as term_id,
        terms.start_date as term_start,
        terms.end_date as term_end,
        case
            -- a term without a half-term break is one half-term
            when breaks.start_date is null or days.date_day < breaks.start_date
                then terms.academic_year || '-' || terms.term || '-1'
            when days.date_day > breaks.end_date
                then terms.academic_year || '-' || terms.term || '-2'
        end as half_term_id,
        case
            when breaks.start_date is null or days.date_day < breaks.start_date
                then terms.start_date
            when days.date_day > breaks.end_date then breaks.end_date + 1
        end as half_term_start,
        case
            when breaks.start_date is null then terms.end_date
            when days.date_day < breaks.start_date then breaks.start_date - 1
            when days.date_day > breaks.end_date then terms.end_date
        end as half_term_end,
        terms.term is not null
            and not coalesce(days.date_day between breaks.start_date and breaks.end_date, false)
            as is_term_time,
        case
            when month(days.date_day) between 9 and 12 then 'autumn'
            when days.date_day <= easter.easter_sunday then 'spring'
            when month(days.date_day) <= 7 then 'summer'
        end as dfe_term,
        easter.easter_sunday
    from days
    left join first_term_days on first_term_days.academic_year = days.academic_year
    left join easter on easter.academic_year = days.academic_year
    left join bank_holidays on bank_holidays.holiday = days.date_day
    left join terms
        on terms.academic_year = days.academic_year
       and days.date_day between terms.start_date and terms.end_date
    left join breaks
        on breaks.academic_year = terms.academic_year
       and breaks.term = terms.term
)

select * from final
