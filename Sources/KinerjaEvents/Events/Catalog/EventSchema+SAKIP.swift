import KinerjaStore

extension EventSchema {
    /// Every SAKIP event type, in the order the reference page lists them.
    static let sakip: [EventSchema] = [
        actorRegistered, organisationRegistered, organisationTimeZoneSet, signingPolicySet, renstraAdopted,
        ikuDecisionProposed,
        renstraTargetsProposed,
        targetChangeProposed, perjanjianKinerjaSigned, perjanjianKinerjaAmendmentProposed, realisasiRecorded,
        realisasiCorrected, budgetLineRecorded, documentRecorded, proposalApproved, proposalRejected,
    ]

    /// `DocumentRecorded` v1: a document in the SAKIP cycle (LKj, its reviu, the DPA), with its date, so the
    /// order of events can be checked (a PK within a month of the DPA; the reviu before the LKj is signed).
    package static let documentRecorded = EventSchema(
        type: "DocumentRecorded", version: 1,
        summary: "a document of the cycle (LKj, reviu of the LKj, DPA) with its date and what it cites",
        effectiveDate: .none,
        fields: [
            .required("kind", .oneOf(["lkj", "reviu-lkj", "dpa", "dpa-perubahan", "other"]), "what the document is"),
            .optional("year", .integer(1900...2999), "the year it is about"),
            .required("title", .text, "its title as printed"),
            .optional("number", .text, "its number"),
            .optional("date", .date, "the date it was signed or approved"),
            .official("signatory", "who signed it", required: false),
            Field.cites, .dateNote, .basis,
        ])

    /// The reasons a PK may be amended (PermenPAN-RB 53/2014 as restated in later rules).
    static let pkAmendmentReasons = ["pergantian-pejabat", "perubahan-strategi", "perubahan-prioritas"]

    /// `ActorRegistered` v1: a person who may record or decide, and their roles. Ledger-wide.
    package static let actorRegistered = EventSchema(
        type: "ActorRegistered", version: 1, summary: "an actor and the roles they hold",
        effectiveDate: .none,
        fields: [
            .required("actor", .eventID, "the actor's id, as it appears in the `actor` of the events they record"),
            .required("name", .text, "the person's name"),
            .optional("jabatan", .text, "their position"),
            .required(
                "roles", .list(.oneOf(Role.allCases.map(\.rawValue))), "recorder, approver, auditor, administrator"),
            .optional("organisations", .list(.code), "the organisation streams they act for; all when absent"),
            .optional("nip", .text, "their NIP: one person is one NIP, whatever ids they hold"),
            .optional(
                "key", .text,
                "the OpenSSH public key (`ssh-ed25519 …` or `sk-ssh-ed25519@openssh.com …`, no comment) their signed "
                    + "batches are checked against"),
        ],
        requiredRole: .administrator, stream: { _ in .ledger })

    /// `OrganisationRegistered` v1: the perangkat daerah a stream belongs to.
    package static let organisationRegistered = EventSchema(
        type: "OrganisationRegistered", version: 1, summary: "the perangkat daerah (organisation) of this stream",
        effectiveDate: .none,
        fields: [
            .required("name", .text, "the organisation's full name"),
            .required("region", .text, "the kabupaten or kota"),
            .optional("province", .text, "the province"),
            .optional("parentGovernment", .text, "the government it belongs to, e.g. Pemerintah Kabupaten Luwu Timur"),
            .optional("ratingScale", .text, "the rating scale it uses; Permendagri 54/2010 when absent"),
            .basis,
        ])

    /// `SigningPolicySet` v1: from a date on, the organisation's decisions must be signed.
    package static let signingPolicySet = EventSchema(
        type: "SigningPolicySet", version: 1,
        summary: "from a date on, the organisation's decisions (approvals, rejections, IKU decisions, PK signing "
            + "and amendments) must be signed with the recorder's key",
        effectiveDate: .none,
        fields: [
            .required("from", .date, "the first day (in the organisation's time zone) decisions must be signed"),
            .optional("reason", .text, "why: the instruction that requires it"),
            .basis,
        ],
        requiredRole: .administrator)

    /// `OrganisationTimeZoneSet` v1: the zone an organisation's times are shown in (else its province's).
    package static let organisationTimeZoneSet = EventSchema(
        type: "OrganisationTimeZoneSet", version: 1,
        summary: "the time zone the organisation's times are shown in: WIB, WITA or WIT",
        effectiveDate: .none,
        fields: [
            .required(
                "zone", .oneOf(IndonesianTimeZone.allCases.map(\.rawValue)), "WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9)"),
            .optional("reason", .text, "why it is set: the province, a correction"),
            .basis,
        ])

    /// `RenstraAdopted` v1: the five-year plan's tujuan and sasaran.
    package static let renstraAdopted = EventSchema(
        type: "RenstraAdopted", version: 1, summary: "the Renstra: period, tujuan, sasaran, tujuan indicators",
        effectiveDate: .whenKnown,
        fields: [
            .yearSpan("period", "the Renstra period", required: true),
            .optional(
                "tujuan",
                .list(
                    .object([
                        .required("code", .code, "the tujuan's code"),
                        .required("text", .text, "the tujuan as printed"),
                        .optional("indicators", .list(.object(Field.indicatorDefinition)), "its indicators"),
                    ])), "the goals"),
            .required(
                "sasaran",
                .list(
                    .object([
                        .required("code", .code, "the sasaran's code"),
                        .optional("tujuan", .code, "the code of the tujuan it serves"),
                        .required("text", .text, "the sasaran as printed"),
                    ])), "the strategic objectives"),
            .decree(required: false), .dateNote, .basis,
        ])

    /// `IkuDecisionProposed` v1: a penetapan, reviu or IKUP, as its changes against the IKU in force.
    package static let ikuDecisionProposed = EventSchema(
        type: "IkuDecisionProposed", version: 1,
        summary: "an IKU decision (penetapan, reviu, IKUP): indicators added, amended, retired; counts once approved",
        effectiveDate: .whenKnown,
        fields: [
            .required("kind", .oneOf(["penetapan", "reviu", "ikup"]), "penetapan, reviu or ikup (IKU Perubahan)"),
            .optional("title", .text, "the document's title"),
            .yearSpan("period", "the years the IKU covers", required: false),
            .decree(required: false),
            .optional("added", .list(.object(Field.indicatorDefinition)), "indicators added"),
            .optional(
                "amended",
                .list(
                    .object([
                        .required("code", .code, "the indicator amended"),
                        .required("changes", .object(Field.indicatorChanges), "the components that change"),
                    ])), "indicators amended"),
            .optional(
                "retired",
                .list(.object([.required("code", .code, "the indicator retired"), .optional("reason", .text, "why")])),
                "indicators retired"),
            .optional(
                "inForceFromYear", .integer(1900...2999),
                "with no effective date: the first year a source shows it in force"),
            .optional("reason", .text, "why the IKU changes"),
            .dateNote, .basis,
        ],
        isProposal: true)

    /// `RenstraTargetsProposed` v1: an indicator's yearly Renstra targets and end-of-period target.
    package static let renstraTargetsProposed = EventSchema(
        type: "RenstraTargetsProposed", version: 1,
        summary: "an indicator's Renstra targets per year and at the end of the period; counts once approved",
        effectiveDate: .whenKnown,
        fields: [
            .required("indicator", .code, "the indicator"),
            .optional(
                "baseline",
                .object([
                    .required("year", .integer(1900...2999), "the year"), .required("value", .decimal, "the value"),
                ]),
                "the baseline (kondisi awal)"),
            .required(
                "targets",
                .list(
                    .object([
                        .required("year", .integer(1900...2999), "the year"),
                        .required("value", .decimal, "the target"),
                    ])), "the target for each year"),
            .optional("endOfPeriod", .decimal, "the target at the end of the Renstra period"),
            .optional("reason", .text, "why"),
            .dateNote, .basis,
        ],
        isProposal: true)

    /// `TargetChangeProposed` v1: one year's target changed, with its reason.
    package static let targetChangeProposed = EventSchema(
        type: "TargetChangeProposed", version: 1,
        summary: "one year's Renstra target changed, with reason and basis; counts once approved",
        effectiveDate: .required,
        fields: [
            .required("indicator", .code, "the indicator"),
            .required("year", .integer(1900...2999), "the year whose target changes"),
            .required("value", .decimal, "the new target"),
            .required("reason", .text, "why it changes"),
            .basis,
        ],
        isProposal: true)

    /// The content of a PK, shared by the signed version and its amendments.
    private static let pkContent: [Field] = [
        .required("year", .integer(1900...2999), "the year the PK is for"),
        .optional("place", .text, "where it was signed"),
        .official("pihakPertama", "the head of the organisation (pihak pertama)", required: false),
        .official("pihakKedua", "their superior, the Bupati (pihak kedua)", required: false),
        .required(
            "sasaran",
            .list(
                .object([
                    .optional("code", .code, "the sasaran's code"),
                    .required("text", .text, "the sasaran as printed"),
                    .required(
                        "indicators",
                        .list(
                            .object([
                                .required("indicator", .code, "the indicator"),
                                .required("target", .decimal, "the year's target"),
                                .optional("unit", .text, "the unit as printed"),
                            ])), "its indicators and targets"),
                ])), "sasaran, indicators and targets"),
        .optional(
            "programs",
            .list(
                .object([
                    .optional("code", .code, "the program's code"),
                    .required("name", .text, "the program"),
                    .required("anggaran", .decimal, "its budget in rupiah"),
                ])), "programs and their budget (anggaran)"),
        .optional("totalAnggaran", .decimal, "the total as printed"),
    ]

    /// `PerjanjianKinerjaSigned` v1: the PK as signed (version 1).
    package static let perjanjianKinerjaSigned = EventSchema(
        type: "PerjanjianKinerjaSigned", version: 1, summary: "a Perjanjian Kinerja as signed (version 1)",
        effectiveDate: .whenKnown, fields: pkContent + [.dateNote, .basis])

    /// `PerjanjianKinerjaAmendmentProposed` v1: a PK Perubahan: the whole new version and its permitted reason.
    package static let perjanjianKinerjaAmendmentProposed = EventSchema(
        type: "PerjanjianKinerjaAmendmentProposed", version: 1,
        summary: "a PK Perubahan: the new version in full, with one of the permitted reasons; counts once approved",
        effectiveDate: .required,
        fields: pkContent + [
            .required(
                "reason", .oneOf(pkAmendmentReasons), "pergantian-pejabat, perubahan-strategi, perubahan-prioritas"),
            .required("explanation", .text, "what changed and why"),
            .basis,
        ],
        isProposal: true)

    /// The members that give a realisation's value.
    private static let realisasiValue: [Field] = [
        .optional("value", .decimal, "the realisation"),
        .optional("numerator", .decimal, "the numerator, when given"),
        .optional("denominator", .decimal, "the denominator, when given"),
    ]

    /// `RealisasiRecorded` v1: an indicator's realisation for a period.
    package static let realisasiRecorded = EventSchema(
        type: "RealisasiRecorded", version: 1,
        summary:
            "a realisation for a period (value, or numerator and denominator); counts once verified by another actor",
        effectiveDate: .none,
        fields: [
            .required("indicator", .code, "the indicator"),
            .required("period", .period, "the period: 2024, 2024-S1, 2024-Q3, 2024-M07"),
        ] + realisasiValue + [
            .optional("printedCapaian", .decimal, "the capaian the source printed beside it, kept to compare"),
            .optional("source", .text, "sumber data: where the figure comes from"),
            .basis,
        ],
        isProposal: true)

    /// `RealisasiCorrected` v1: a corrected value for a realisation, naming it and why.
    package static let realisasiCorrected = EventSchema(
        type: "RealisasiCorrected", version: 1,
        summary: "a correction of a realisation, naming it and why; counts once verified by another actor",
        effectiveDate: .optional,
        fields: [.required("corrects", .eventID, "the id of the RealisasiRecorded it corrects")] + realisasiValue + [
            .required("reason", .text, "why the figure was wrong"),
            .basis,
        ],
        isProposal: true)

    /// `BudgetLineRecorded` v1: a program, kegiatan or sub kegiatan's pagu and realisation for a year.
    package static let budgetLineRecorded = EventSchema(
        type: "BudgetLineRecorded", version: 1,
        summary: "a budget line: program, kegiatan or sub kegiatan, pagu and realisasi",
        effectiveDate: .none,
        fields: [
            .required("year", .integer(1900...2999), "the budget year"),
            .required("level", .oneOf(["program", "kegiatan", "sub-kegiatan"]), "program, kegiatan or sub-kegiatan"),
            .required("code", .code, "its code, unique within the year"),
            .optional("parent", .code, "the code of the line it belongs to"),
            .required("name", .text, "its name as printed"),
            .optional("indicator", .text, "its output indicator as printed"),
            .optional("target", .text, "its output target as printed"),
            .required("pagu", .decimal, "the budget (pagu) in rupiah"),
            .optional("realisasi", .decimal, "the spending in rupiah"),
            .basis,
        ])

    /// `ProposalApproved` v1: another actor approves a proposal.
    package static let proposalApproved = EventSchema(
        type: "ProposalApproved", version: 1,
        summary: "a proposal approved (realisasi: verified) by someone other than its recorder",
        effectiveDate: .none,
        fields: [
            .required("proposal", .eventID, "the id of the proposal"),
            .optional("note", .text, "a remark"),
        ],
        requiredRole: .approver)

    /// `ProposalRejected` v1: another actor rejects a proposal.
    package static let proposalRejected = EventSchema(
        type: "ProposalRejected", version: 1, summary: "a proposal rejected, with the reason",
        effectiveDate: .none,
        fields: [
            .required("proposal", .eventID, "the id of the proposal"),
            .required("reason", .text, "why"),
        ],
        requiredRole: .approver)
}
