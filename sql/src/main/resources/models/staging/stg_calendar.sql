-- One row per calendar entry: terms, half-term breaks, bank holidays, INSET days and closures.
with source as (
    select * from raw_calendar
),

final as (
    select
        academic_year,
        kind as entry_kind,
        name as entry_name,
        start_date,
        end_date,
        urn
    from source
)

select * from final
