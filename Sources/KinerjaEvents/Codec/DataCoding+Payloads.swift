import KinerjaStore

// The members of each event type's data, as the catalogue's schemas (Events/Catalog) list them.

extension NoteRecorded: DataCoding {
    /// Reads `text`, `subject`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        text = try data.required("text").text()
        subject = try data.optional("subject")?.text()
    }

    /// Writes `text`, `subject`.
    func write(to data: inout DataWriter) {
        data.write("text", text)
        data.write("subject", subject)
    }
}

extension ActorRegistered: DataCoding {
    /// Reads `actor`, `name`, `jabatan`, `roles`, `organisations`, `nip`, `key`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        actor = try data.required("actor").eventID()
        name = try data.required("name").text()
        jabatan = try data.optional("jabatan")?.text()
        roles = try data.required("roles").words()
        organisations = try data.optional("organisations")?.codes()
        nip = try data.optional("nip")?.text()
        key = try data.optional("key")?.publicKey()
    }

    /// Writes `actor`, `name`, `jabatan`, `roles`, `organisations`, `nip`, `key`.
    func write(to data: inout DataWriter) {
        data.write("actor", actor)
        data.write("name", name)
        data.write("jabatan", jabatan)
        data.write("roles", roles)
        data.write("organisations", organisations)
        data.write("nip", nip)
        data.write("key", key?.description)
    }
}

extension OrganisationRegistered: DataCoding {
    /// Reads `name`, `region`, `province`, `parentGovernment`, `ratingScale`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        name = try data.required("name").text()
        region = try data.required("region").text()
        province = try data.optional("province")?.text()
        parentGovernment = try data.optional("parentGovernment")?.text()
        ratingScale = try data.optional("ratingScale")?.text()
        basis = try data.required("basis").object()
    }

    /// Writes `name`, `region`, `province`, `parentGovernment`, `ratingScale`, `basis`.
    func write(to data: inout DataWriter) {
        data.write("name", name)
        data.write("region", region)
        data.write("province", province)
        data.write("parentGovernment", parentGovernment)
        data.write("ratingScale", ratingScale)
        data.write("basis", basis)
    }
}

extension RenstraAdopted: DataCoding {
    /// Reads `period`, `tujuan`, `sasaran`, `decree`, `dateNote`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        period = try data.required("period").object()
        tujuan = try data.optional("tujuan")?.objects()
        sasaran = try data.required("sasaran").objects()
        decree = try data.optional("decree")?.object()
        dateNote = try data.optional("dateNote")?.text()
        basis = try data.required("basis").object()
    }

    /// Writes `period`, `tujuan`, `sasaran`, `decree`, `dateNote`, `basis`.
    func write(to data: inout DataWriter) {
        data.write("period", period)
        data.write("tujuan", tujuan)
        data.write("sasaran", sasaran)
        data.write("decree", decree)
        data.write("dateNote", dateNote)
        data.write("basis", basis)
    }
}

extension RenstraAdopted.Tujuan: DataCoding {
    /// Reads `code`, `text`, `indicators`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        code = try data.required("code").code()
        text = try data.required("text").text()
        indicators = try data.optional("indicators")?.objects()
    }

    /// Writes `code`, `text`, `indicators`.
    func write(to data: inout DataWriter) {
        data.write("code", code)
        data.write("text", text)
        data.write("indicators", indicators)
    }
}

extension RenstraAdopted.Sasaran: DataCoding {
    /// Reads `code`, `tujuan`, `text`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        code = try data.required("code").code()
        tujuan = try data.optional("tujuan")?.code()
        text = try data.required("text").text()
    }

    /// Writes `code`, `tujuan`, `text`.
    func write(to data: inout DataWriter) {
        data.write("code", code)
        data.write("tujuan", tujuan)
        data.write("text", text)
    }
}

extension IkuDecisionProposed: DataCoding {
    /// Reads `kind`, `title`, `period`, `decree`, `added`, `amended`, `retired`, `inForceFromYear`, `reason`,
    /// `dateNote`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        kind = try data.required("kind").word()
        title = try data.optional("title")?.text()
        period = try data.optional("period")?.object()
        decree = try data.optional("decree")?.object()
        added = try data.optional("added")?.objects()
        amended = try data.optional("amended")?.objects()
        retired = try data.optional("retired")?.objects()
        inForceFromYear = try data.optional("inForceFromYear")?.year()
        reason = try data.optional("reason")?.text()
        dateNote = try data.optional("dateNote")?.text()
        basis = try data.required("basis").object()
    }

    /// Writes `kind`, `title`, `period`, `decree`, `added`, `amended`, `retired`, `inForceFromYear`, `reason`,
    /// `dateNote`, `basis`.
    func write(to data: inout DataWriter) {
        data.write("kind", kind)
        data.write("title", title)
        data.write("period", period)
        data.write("decree", decree)
        data.write("added", added)
        data.write("amended", amended)
        data.write("retired", retired)
        data.write("inForceFromYear", inForceFromYear)
        data.write("reason", reason)
        data.write("dateNote", dateNote)
        data.write("basis", basis)
    }
}

extension IkuDecisionProposed.Amendment: DataCoding {
    /// Reads `code`, `changes`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        code = try data.required("code").code()
        changes = try data.required("changes").object()
    }

    /// Writes `code`, `changes`.
    func write(to data: inout DataWriter) {
        data.write("code", code)
        data.write("changes", changes)
    }
}

extension IkuDecisionProposed.Retirement: DataCoding {
    /// Reads `code`, `reason`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        code = try data.required("code").code()
        reason = try data.optional("reason")?.text()
    }

    /// Writes `code`, `reason`.
    func write(to data: inout DataWriter) {
        data.write("code", code)
        data.write("reason", reason)
    }
}

extension RenstraTargetsProposed: DataCoding {
    /// Reads `indicator`, `baseline`, `targets`, `endOfPeriod`, `reason`, `dateNote`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        indicator = try data.required("indicator").code()
        baseline = try data.optional("baseline")?.object()
        targets = try data.required("targets").objects()
        endOfPeriod = try data.optional("endOfPeriod")?.decimal()
        reason = try data.optional("reason")?.text()
        dateNote = try data.optional("dateNote")?.text()
        basis = try data.required("basis").object()
    }

    /// Writes `indicator`, `baseline`, `targets`, `endOfPeriod`, `reason`, `dateNote`, `basis`.
    func write(to data: inout DataWriter) {
        data.write("indicator", indicator)
        data.write("baseline", baseline)
        data.write("targets", targets)
        data.write("endOfPeriod", endOfPeriod)
        data.write("reason", reason)
        data.write("dateNote", dateNote)
        data.write("basis", basis)
    }
}

extension TargetChangeProposed: DataCoding {
    /// Reads `indicator`, `year`, `value`, `reason`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        indicator = try data.required("indicator").code()
        year = try data.required("year").year()
        value = try data.required("value").decimal()
        reason = try data.required("reason").text()
        basis = try data.required("basis").object()
    }

    /// Writes `indicator`, `year`, `value`, `reason`, `basis`.
    func write(to data: inout DataWriter) {
        data.write("indicator", indicator)
        data.write("year", year)
        data.write("value", value)
        data.write("reason", reason)
        data.write("basis", basis)
    }
}

extension PerjanjianKinerjaSigned: DataCoding {
    /// Reads the PK's content, `dateNote`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        content = try PerjanjianKinerjaContent(reading: &data)
        dateNote = try data.optional("dateNote")?.text()
        basis = try data.required("basis").object()
    }

    /// Writes the PK's content, `dateNote`, `basis`.
    func write(to data: inout DataWriter) {
        content.write(to: &data)
        data.write("dateNote", dateNote)
        data.write("basis", basis)
    }
}

extension PerjanjianKinerjaAmendmentProposed: DataCoding {
    /// Reads the amended PK's content, `reason`, `explanation`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        content = try PerjanjianKinerjaContent(reading: &data)
        reason = try data.required("reason").word()
        explanation = try data.required("explanation").text()
        basis = try data.required("basis").object()
    }

    /// Writes the amended PK's content, `reason`, `explanation`, `basis`.
    func write(to data: inout DataWriter) {
        content.write(to: &data)
        data.write("reason", reason)
        data.write("explanation", explanation)
        data.write("basis", basis)
    }
}

extension RealisasiRecorded: DataCoding {
    /// Reads `indicator`, `period`, `value`, `numerator`, `denominator`, `printedCapaian`, `source`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        indicator = try data.required("indicator").code()
        period = try data.required("period").period()
        value = try data.optional("value")?.decimal()
        numerator = try data.optional("numerator")?.decimal()
        denominator = try data.optional("denominator")?.decimal()
        printedCapaian = try data.optional("printedCapaian")?.decimal()
        source = try data.optional("source")?.text()
        basis = try data.required("basis").object()
    }

    /// Writes `indicator`, `period`, `value`, `numerator`, `denominator`, `printedCapaian`, `source`, `basis`.
    func write(to data: inout DataWriter) {
        data.write("indicator", indicator)
        data.write("period", period)
        data.write("value", value)
        data.write("numerator", numerator)
        data.write("denominator", denominator)
        data.write("printedCapaian", printedCapaian)
        data.write("source", source)
        data.write("basis", basis)
    }
}

extension RealisasiCorrected: DataCoding {
    /// Reads `corrects`, `value`, `numerator`, `denominator`, `reason`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        corrects = try data.required("corrects").eventID()
        value = try data.optional("value")?.decimal()
        numerator = try data.optional("numerator")?.decimal()
        denominator = try data.optional("denominator")?.decimal()
        reason = try data.required("reason").text()
        basis = try data.required("basis").object()
    }

    /// Writes `corrects`, `value`, `numerator`, `denominator`, `reason`, `basis`.
    func write(to data: inout DataWriter) {
        data.write("corrects", corrects)
        data.write("value", value)
        data.write("numerator", numerator)
        data.write("denominator", denominator)
        data.write("reason", reason)
        data.write("basis", basis)
    }
}

extension BudgetLineRecorded: DataCoding {
    /// Reads `year`, `level`, `code`, `parent`, `name`, `indicator`, `target`, `pagu`, `realisasi`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        year = try data.required("year").year()
        level = try data.required("level").word()
        code = try data.required("code").code()
        parent = try data.optional("parent")?.code()
        name = try data.required("name").text()
        indicator = try data.optional("indicator")?.text()
        target = try data.optional("target")?.text()
        pagu = try data.required("pagu").decimal()
        realisasi = try data.optional("realisasi")?.decimal()
        basis = try data.required("basis").object()
    }

    /// Writes `year`, `level`, `code`, `parent`, `name`, `indicator`, `target`, `pagu`, `realisasi`, `basis`.
    func write(to data: inout DataWriter) {
        data.write("year", year)
        data.write("level", level)
        data.write("code", code)
        data.write("parent", parent)
        data.write("name", name)
        data.write("indicator", indicator)
        data.write("target", target)
        data.write("pagu", pagu)
        data.write("realisasi", realisasi)
        data.write("basis", basis)
    }
}

extension DocumentRecorded: DataCoding {
    /// Reads `kind`, `year`, `title`, `number`, `date`, `signatory`, `cites`, `dateNote`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        kind = try data.required("kind").word()
        year = try data.optional("year")?.year()
        title = try data.required("title").text()
        number = try data.optional("number")?.text()
        date = try data.optional("date")?.date()
        signatory = try data.optional("signatory")?.object()
        cites = try data.optional("cites")?.objects()
        dateNote = try data.optional("dateNote")?.text()
        basis = try data.required("basis").object()
    }

    /// Writes `kind`, `year`, `title`, `number`, `date`, `signatory`, `cites`, `dateNote`, `basis`.
    func write(to data: inout DataWriter) {
        data.write("kind", kind)
        data.write("year", year)
        data.write("title", title)
        data.write("number", number)
        data.write("date", date)
        data.write("signatory", signatory)
        data.write("cites", cites)
        data.write("dateNote", dateNote)
        data.write("basis", basis)
    }
}

extension SigningPolicySet: DataCoding {
    /// Reads `from`, `reason`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        from = try data.required("from").date()
        reason = try data.optional("reason")?.text()
        basis = try data.required("basis").object()
    }

    /// Writes `from`, `reason`, `basis`.
    func write(to data: inout DataWriter) {
        data.write("from", from)
        data.write("reason", reason)
        data.write("basis", basis)
    }
}

extension OrganisationTimeZoneSet: DataCoding {
    /// Reads `zone`, `reason`, `basis`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        zone = try data.required("zone").word()
        reason = try data.optional("reason")?.text()
        basis = try data.required("basis").object()
    }

    /// Writes `zone`, `reason`, `basis`.
    func write(to data: inout DataWriter) {
        data.write("zone", zone)
        data.write("reason", reason)
        data.write("basis", basis)
    }
}

extension ProposalApproved: DataCoding {
    /// Reads `proposal`, `note`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        proposal = try data.required("proposal").eventID()
        note = try data.optional("note")?.text()
    }

    /// Writes `proposal`, `note`.
    func write(to data: inout DataWriter) {
        data.write("proposal", proposal)
        data.write("note", note)
    }
}

extension ProposalRejected: DataCoding {
    /// Reads `proposal`, `reason`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        proposal = try data.required("proposal").eventID()
        reason = try data.required("reason").text()
    }

    /// Writes `proposal`, `reason`.
    func write(to data: inout DataWriter) {
        data.write("proposal", proposal)
        data.write("reason", reason)
    }
}
