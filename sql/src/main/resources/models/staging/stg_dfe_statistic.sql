-- One row per published DfE cell: a measure for a period, geography, school type and group.
with source as (
    select * from raw_dfe_statistic
),

final as (
    select
        source_file,
        source_line,
        dataset,
        time_period,
        time_identifier,
        period_type,
        geographic_level,
        la_code,
        la_name,
        school_type,
        characteristic,
        population,
        lower(measure) as measure,
        value,
        symbol,
        country_code,
        region_code,
        region_name,
        new_la_code
    from source
)

select * from final
