-- Published England attendance figures that the subgroup trend can be compared with, shaped like
-- its cells: one row per period and group. Only the national, all-pupil rows of the term and
-- year-to-date files qualify (the DfE attendance collection covers pupils of compulsory school age
-- in state-funded primary, secondary and special schools: the trend's headline cohort). A school
-- type maps to the phase dimension; 'Total' to all pupils. A year-to-date file covers the
-- collection's start to the date in its folder name (e.g. ...-to-2024-01-12), kept as period_end:
-- the trend compares a year to date only when its own period ends on that same date.
with cells as (
    select
        dataset,
        time_period,
        time_identifier,
        period_type,
        school_type,
        measure,
        value,
        regexp_extract(source_file, 'to-(\d{4}-\d{2}-\d{2})', 1) as collected_to
    from stg_dfe_statistic
    where geographic_level = 'National'
        and population = 'all_pupils'
        and characteristic is null
        and period_type in ('term', 'year_to_date')
        and measure in ('overall_absence_perc', 'pa_perc')
        and school_type in ('Total', 'Primary', 'Secondary', 'Special')
        and length(time_period) = 6
),

periods as (
    select
        *,
        substr(time_period, 1, 4) || '/' || substr(time_period, 5, 2) as academic_year,
        lower(split_part(time_identifier, ' ', 1)) as term
    from cells
),

final as (
    select
        period_type,
        case
            when period_type = 'term' then academic_year || '-' || term
            else academic_year || '-ytd'
        end as period_id,
        case
            when period_type = 'year_to_date' then try_strptime(collected_to, '%Y-%m-%d')::date
        end as period_end,
        case when school_type = 'Total' then 'all_pupils' else 'phase' end as dimension,
        case when school_type = 'Total' then 'All pupils' else lower(school_type) end
            as group_value,
        max(value) filter (where measure = 'overall_absence_perc')
            as national_overall_absence_rate_pct,
        max(value) filter (where measure = 'pa_perc') as national_persistent_absence_rate_pct,
        min(dataset || ' ' || time_period || ' ' || time_identifier || ', ' || school_type)
            as national_source
    from periods
    where period_type = 'year_to_date' or term in ('autumn', 'spring', 'summer')
    group by all
)

select * from final
