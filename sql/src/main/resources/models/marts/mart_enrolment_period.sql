-- One row per enrolment per period in which it has at least one possible session: its sessions,
-- whether it is persistently (>= 10%) or severely (>= 50%) absent on its own possible sessions,
-- and one value per characteristic, taken from the census as at the period's end, so no
-- enrolment is split between groups within a period (see describe_enrolment_periods).
select * from describe_enrolment_periods('int_enrolment_period_total')
