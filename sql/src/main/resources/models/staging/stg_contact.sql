-- One row per logged contact with a family: visits, calls, letters and formal notices.
with source as (
    select * from raw_contact
),

final as (
    select
        upn,
        urn,
        contact_date,
        contact_type,
        nullif(visitor_role, '') as visitor_role,
        staff_present,
        risk_assessed,
        reason,
        outcome,
        source_file,
        source_line
    from source
)

select * from final
