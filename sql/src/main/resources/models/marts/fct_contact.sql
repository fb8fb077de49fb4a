-- One row per logged contact with a family: when, how (mode, in person or not), by whom, why,
-- with how many staff and whether risks were assessed. Pupils by key only.
with contacts as (
    select * from stg_contact
),

pupils as (
    select pupil_key, upn from dim_pupil
),

contact_types as (
    select * from seed_contact_type
),

final as (
    select
        row_number() over (
            order by contacts.contact_date, contacts.urn, contacts.source_file, contacts.source_line
        ) as contact_key,
        pupils.pupil_key,
        contacts.urn,
        contacts.contact_date,
        contacts.contact_type,
        contact_types.contact_mode,
        contact_types.is_in_person,
        contacts.visitor_role,
        contacts.reason,
        contacts.staff_present,
        contacts.risk_assessed,
        contacts.outcome
    from contacts
    left join pupils on pupils.upn = contacts.upn
    left join contact_types on contact_types.contact_type = contacts.contact_type
)

select * from final
