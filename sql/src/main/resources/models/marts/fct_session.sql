-- materialise: view
-- One row per on-roll enrolment per session up to the school's latest register date, with its
-- mark (null where the mark is missing) and what the code in force that day counts as (see
-- enrolment_sessions; the contract checks that every register row lands here). A view: written
-- out, its tens of millions of rows would cost more than every model that reads it; each reads it
-- once, or passes enrolment_sessions only the register rows it needs.
select * from enrolment_sessions('stg_mark')
