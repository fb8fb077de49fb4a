-- One row per enrolment per reporting period it has sessions in: week, calendar month,
-- half-term, term, academic year, year to date (from 1 September to the latest register date in
-- that year), each a roll-up of the enrolment's period cells, and rolling 12 months as at each
-- month end (the 12 calendar months to that month's end, for month ends from the first 12 months
-- covered by registers to the month of the latest register date), a roll-up of its months.
--
-- Year to date last year (period_type year_to_date_last_year, period_id e.g.
-- 2023/24-ytd-same-date) is what each year to date is compared with: the academic year before it,
-- from 1 September to the end of the school week (Monday to Sunday) holding the same date one year
-- before the later year's year-to-date end. Cells are no finer than a week, so that week is the
-- finest exact cut; period_end is that week's last day. Its rows belong to the earlier year.
with cells as (
    select * from int_enrolment_period_cell
),

school_days as (
    select * from int_school_day
),

coverage as (
    select * from int_register_coverage
),

dates as (
    select * from dim_date
),

year_to_date_ends as (
    select academic_year, max(school_date) as latest_date
    from school_days
    where school_date <= (select max(latest_register_date) from coverage)
    group by academic_year
),

-- The week holding the same date a year before each year-to-date end, in the year before it
-- (29 February becomes 28 February).
same_date_last_year_ends as (
    select dates.academic_year, dates.week_end as period_end
    from year_to_date_ends
    join dates on dates.date_day = cast(year_to_date_ends.latest_date - interval 1 year as date)
),

period_types as (
    select unnest(['week', 'month', 'half_term', 'term', 'academic_year', 'year_to_date',
        'year_to_date_last_year']) as period_type
),

exploded as (
    select
        cells.*,
        period_types.period_type,
        case period_types.period_type
            when 'week' then cells.week_id
            when 'month' then cells.month_id
            when 'half_term' then cells.half_term_id
            when 'term' then cells.term_id
            when 'academic_year' then cells.academic_year
            when 'year_to_date' then cells.academic_year || '-ytd'
            when 'year_to_date_last_year' then
                case when cells.week_end <= same_date_last_year_ends.period_end
                    then cells.academic_year || '-ytd-same-date' end
        end as period_id,
        case period_types.period_type
            when 'week' then cells.week_start
            when 'month' then cells.month_start
            when 'half_term' then cells.half_term_start
            when 'term' then cells.term_start
            else cells.year_start
        end as period_start,
        case period_types.period_type
            when 'week' then cells.week_end
            when 'month' then cells.month_end
            when 'half_term' then cells.half_term_end
            when 'term' then cells.term_end
            when 'academic_year' then cells.year_end
            when 'year_to_date' then year_to_date_ends.latest_date
            when 'year_to_date_last_year' then same_date_last_year_ends.period_end
        end as period_end
    from cells
    cross join period_types
    left join year_to_date_ends on year_to_date_ends.academic_year = cells.academic_year
    left join same_date_last_year_ends
        on same_date_last_year_ends.academic_year = cells.academic_year
),

periods as (
    select
        enrolment_key,
        any_value(pupil_key) as pupil_key,
        any_value(urn) as urn,
        any_value(academic_year) as academic_year,
        any_value(year_key) as year_key,
        period_type,
        period_id,
        any_value(period_start) as period_start,
        any_value(period_end) as period_end,
        cast(sum(columns('sessions')) as bigint)
    from exploded
    where period_id is not null
    -- the other columns are fixed by the period, so the key stays narrow
    group by enrolment_key, period_type, period_id
),

-- Month ends whose 12 months all lie inside the years the registers cover.
rolling_ends as (
    select distinct dates.month_start, dates.month_end, dates.academic_year, dates.year_key
    from dates
    where dates.month_start >= (select min(year_start) from cells) + interval 11 month
      and dates.month_start <= (select max(latest_register_date) from coverage)
),

months_to_ends as (
    select
        months.*,
        rolling_ends.month_start as end_month_start,
        rolling_ends.month_end as end_month_end,
        rolling_ends.academic_year as end_academic_year,
        rolling_ends.year_key as end_year_key
    from periods as months
    join rolling_ends
        on rolling_ends.month_start
           between months.period_start and months.period_start + interval 11 month
    where months.period_type = 'month'
),

rolling as (
    select
        enrolment_key,
        any_value(pupil_key) as pupil_key,
        any_value(urn) as urn,
        end_academic_year as academic_year,
        end_year_key as year_key,
        'rolling_12_months' as period_type,
        strftime(end_month_start, '%Y-%m') || '-r12' as period_id,
        cast(end_month_start - interval 11 month as date) as period_start,
        end_month_end as period_end,
        cast(sum(columns('sessions')) as bigint)
    from months_to_ends
    group by enrolment_key, end_month_start, end_month_end, end_academic_year, end_year_key
),

final as (
    select * from periods
    union all
    select * from rolling
)

select * from final
