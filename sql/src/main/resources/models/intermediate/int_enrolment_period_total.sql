-- One row per enrolment per reporting period it has sessions in: week, calendar month,
-- half-term, term, academic year and year to date (from 1 September to the latest register date
-- in that year), each a roll-up of the enrolment's period cells.
with cells as (
    select * from int_enrolment_period_cell
),

school_days as (
    select * from int_school_day
),

coverage as (
    select * from int_register_coverage
),

year_to_date_ends as (
    select academic_year, max(school_date) as latest_date
    from school_days
    where school_date <= (select max(latest_register_date) from coverage)
    group by academic_year
),

period_types as (
    select unnest(['week', 'month', 'half_term', 'term', 'academic_year', 'year_to_date'])
        as period_type
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
        end as period_end
    from cells
    cross join period_types
    left join year_to_date_ends on year_to_date_ends.academic_year = cells.academic_year
),

final as (
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
        cast(sum(sessions_on_roll) as bigint) as sessions_on_roll,
        cast(sum(possible_sessions) as bigint) as possible_sessions,
        cast(sum(attendance_sessions) as bigint) as attendance_sessions,
        cast(sum(authorised_absence_sessions) as bigint) as authorised_absence_sessions,
        cast(sum(unauthorised_absence_sessions) as bigint) as unauthorised_absence_sessions,
        cast(sum(late_before_close_sessions) as bigint) as late_before_close_sessions,
        cast(sum(late_after_close_sessions) as bigint) as late_after_close_sessions,
        cast(sum(missing_mark_sessions) as bigint) as missing_mark_sessions
    from exploded
    where period_id is not null
    -- the other columns are fixed by the period, so the key stays narrow
    group by enrolment_key, period_type, period_id
)

select * from final
