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
--
-- Cells are summed by two numbers, the enrolment and the period; the period's labels are joined
-- onto the summed rows.
with cells as (
    select * from int_enrolment_period_cell
),

cell_dates as (
    select distinct * exclude (date_day) from int_date_cell
),

enrolments as (
    select enrolment_key, pupil_key, urn from int_enrolment_window
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

-- Each cell once per period it is part of.
cell_periods as (
    select cell_key, academic_year, year_key, 'week' as period_type, week_id as period_id,
        week_start as period_start, week_end as period_end
    from cell_dates
    union all
    select cell_key, academic_year, year_key, 'month', month_id, month_start, month_end
    from cell_dates
    union all
    select cell_key, academic_year, year_key, 'half_term', half_term_id, half_term_start,
        half_term_end
    from cell_dates
    union all
    select cell_key, academic_year, year_key, 'term', term_id, term_start, term_end
    from cell_dates
    union all
    select cell_key, academic_year, year_key, 'academic_year', academic_year, year_start, year_end
    from cell_dates
    union all
    select cell_dates.cell_key, cell_dates.academic_year, cell_dates.year_key,
        'year_to_date_last_year', cell_dates.academic_year || '-ytd-same-date',
        cell_dates.year_start, same_date_last_year_ends.period_end
    from cell_dates
    join same_date_last_year_ends
        on same_date_last_year_ends.academic_year = cell_dates.academic_year
    where cell_dates.week_end <= same_date_last_year_ends.period_end
),

period_labels as (
    select
        dense_rank() over (order by period_type, period_id) as period_key,
        any_value(academic_year) as academic_year,
        any_value(year_key) as year_key,
        period_type,
        period_id,
        min(period_start) as period_start,
        max(period_end) as period_end,
        count(*) as cells_in_period
    from cell_periods
    where period_id is not null
    group by period_type, period_id
),

numbered_cell_periods as (
    select
        cell_periods.cell_key,
        cell_periods.period_type,
        period_labels.period_key,
        period_labels.cells_in_period
    from cell_periods
    join period_labels
        on period_labels.period_type = cell_periods.period_type
       and period_labels.period_id = cell_periods.period_id
),

-- Sums are built up: a period of one cell is that cell (most weeks); weeks split by a month or
-- half-term end, months, half-terms and years to date last year are sums of cells; terms and
-- academic years are sums of their half-terms.
single_cell_periods as (
    select
        cells.enrolment_key,
        numbered_cell_periods.period_key,
        cells.* exclude (enrolment_key, cell_key)
    from cells
    join numbered_cell_periods on numbered_cell_periods.cell_key = cells.cell_key
    where numbered_cell_periods.cells_in_period = 1
      and numbered_cell_periods.period_type not in ('term', 'academic_year')
),

summed_cells as (
    select
        cells.enrolment_key,
        numbered_cell_periods.period_key,
        cast(sum(columns(cells.* exclude (enrolment_key, cell_key))) as bigint)
    from cells
    join numbered_cell_periods on numbered_cell_periods.cell_key = cells.cell_key
    where numbered_cell_periods.cells_in_period > 1
      and numbered_cell_periods.period_type not in ('term', 'academic_year')
    group by cells.enrolment_key, numbered_cell_periods.period_key
),

from_cells as materialized (
    select * from single_cell_periods
    union all
    select * from summed_cells
),

-- each half-term's term and academic year
parent_periods as (
    select distinct half_terms.period_key as child_key, parents.period_key as parent_key
    from numbered_cell_periods as half_terms
    join numbered_cell_periods as parents on parents.cell_key = half_terms.cell_key
    where half_terms.period_type = 'half_term'
      and parents.period_type in ('term', 'academic_year')
),

from_half_terms as (
    select
        from_cells.enrolment_key,
        parent_periods.parent_key as period_key,
        cast(sum(columns(from_cells.* exclude (enrolment_key, period_key))) as bigint)
    from from_cells
    join parent_periods on parent_periods.child_key = from_cells.period_key
    group by from_cells.enrolment_key, parent_periods.parent_key
),

summed as (
    select * from from_cells
    union all
    select * from from_half_terms
),

periods as materialized (
    select
        summed.enrolment_key,
        enrolments.pupil_key,
        enrolments.urn,
        period_labels.academic_year,
        period_labels.year_key,
        period_labels.period_type,
        period_labels.period_id,
        period_labels.period_start,
        period_labels.period_end,
        summed.* exclude (enrolment_key, period_key)
    from summed
    join period_labels on period_labels.period_key = summed.period_key
    join enrolments on enrolments.enrolment_key = summed.enrolment_key
),

-- Cells stop at the latest register date, so a year to date holds every cell of its year: it is
-- the academic year under its own name, ending at that date.
years_to_date as (
    select
        periods.enrolment_key,
        periods.pupil_key,
        periods.urn,
        periods.academic_year,
        periods.year_key,
        'year_to_date' as period_type,
        periods.academic_year || '-ytd' as period_id,
        periods.period_start,
        year_to_date_ends.latest_date as period_end,
        periods.* exclude (enrolment_key, pupil_key, urn, academic_year, year_key, period_type,
            period_id, period_start, period_end)
    from periods
    left join year_to_date_ends on year_to_date_ends.academic_year = periods.academic_year
    where periods.period_type = 'academic_year'
),

-- Month ends whose 12 months all lie inside the years the registers cover, numbered by month so
-- each month is joined to the ends it counts towards by equality.
rolling_ends as (
    select distinct
        dates.month_start,
        dates.month_end,
        dates.academic_year,
        dates.year_key,
        12 * year(dates.month_start) + month(dates.month_start) as end_month_number
    from dates
    where dates.month_start >= (
            select min(year_start)
            from cell_dates
            where cell_key in (select cell_key from cells)
        ) + interval 11 month
      and dates.month_start <= (select max(latest_register_date) from coverage)
),

months_to_ends as (
    select
        months.*,
        12 * year(months.period_start) + month(months.period_start) + months_later.months_later
            as end_month_number
    from periods as months
    cross join range(12) as months_later(months_later)
    where months.period_type = 'month'
),

rolling_sums as (
    select
        months_to_ends.enrolment_key,
        months_to_ends.end_month_number,
        cast(sum(columns('sessions')) as bigint)
    from months_to_ends
    semi join rolling_ends on rolling_ends.end_month_number = months_to_ends.end_month_number
    group by months_to_ends.enrolment_key, months_to_ends.end_month_number
),

rolling as (
    select
        rolling_sums.enrolment_key,
        enrolments.pupil_key,
        enrolments.urn,
        ends.academic_year,
        ends.year_key,
        'rolling_12_months' as period_type,
        strftime(ends.month_start, '%Y-%m') || '-r12' as period_id,
        cast(ends.month_start - interval 11 month as date) as period_start,
        ends.month_end as period_end,
        rolling_sums.* exclude (enrolment_key, end_month_number)
    from rolling_sums
    join rolling_ends as ends on ends.end_month_number = rolling_sums.end_month_number
    join enrolments on enrolments.enrolment_key = rolling_sums.enrolment_key
),

final as (
    select * from periods
    union all
    select * from years_to_date
    union all
    select * from rolling
)

select * from final
