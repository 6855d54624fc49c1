import KinerjaStore

// The members of the values events share: basis, officials, decrees, citations, spans, indicators, PK content.

extension Basis: DataCoding {
    /// Reads `document`, `locator`, `note`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        document = try data.required("document").text()
        locator = try data.optional("locator")?.text()
        note = try data.optional("note")?.text()
    }

    /// Writes `document`, `locator`, `note`.
    func write(to data: inout DataWriter) {
        data.write("document", document)
        data.write("locator", locator)
        data.write("note", note)
    }
}

extension Official: DataCoding {
    /// Reads `name`, `jabatan`, `nip`, `pangkat`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        name = try data.required("name").text()
        jabatan = try data.optional("jabatan")?.text()
        nip = try data.optional("nip")?.text()
        pangkat = try data.optional("pangkat")?.text()
    }

    /// Writes `name`, `jabatan`, `nip`, `pangkat`.
    func write(to data: inout DataWriter) {
        data.write("name", name)
        data.write("jabatan", jabatan)
        data.write("nip", nip)
        data.write("pangkat", pangkat)
    }
}

extension Citation: DataCoding {
    /// Reads `title`, `number`, `date`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        title = try data.required("title").text()
        number = try data.optional("number")?.text()
        date = try data.optional("date")?.date()
    }

    /// Writes `title`, `number`, `date`.
    func write(to data: inout DataWriter) {
        data.write("title", title)
        data.write("number", number)
        data.write("date", date)
    }
}

extension Decree: DataCoding {
    /// Reads `number`, `title`, `place`, `date`, `signatory`, `cites`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        number = try data.required("number").text()
        title = try data.optional("title")?.text()
        place = try data.optional("place")?.text()
        date = try data.optional("date")?.date()
        signatory = try data.optional("signatory")?.object()
        cites = try data.optional("cites")?.objects()
    }

    /// Writes `number`, `title`, `place`, `date`, `signatory`, `cites`.
    func write(to data: inout DataWriter) {
        data.write("number", number)
        data.write("title", title)
        data.write("place", place)
        data.write("date", date)
        data.write("signatory", signatory)
        data.write("cites", cites)
    }
}

extension YearSpan: DataCoding {
    /// Reads `from` and `to`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        firstYear = try data.required("from").year()
        lastYear = try data.required("to").year()
    }

    /// Writes `from` and `to`.
    func write(to data: inout DataWriter) {
        data.write("from", firstYear)
        data.write("to", lastYear)
    }
}

extension YearValue: DataCoding {
    /// Reads `year` and `value`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        year = try data.required("year").year()
        value = try data.required("value").decimal()
    }

    /// Writes `year` and `value`.
    func write(to data: inout DataWriter) {
        data.write("year", year)
        data.write("value", value)
    }
}

extension Indicator: DataCoding {
    /// Reads the code and every other component, as the changes of an amendment read them, requiring those
    /// an indicator must have.
    init(reading data: inout DataObject) throws(EventCodecError) {
        code = try data.required("code").code()
        let components = try IndicatorChanges(reading: &data)
        name = try data.present(components.name, "name")
        sasaran = components.sasaran
        formula = components.formula
        numerator = components.numerator
        denominator = components.denominator
        unit = try data.present(components.unit, "unit")
        dataSource = components.dataSource
        penanggungJawab = components.penanggungJawab
        alasan = components.alasan
        polarity = try data.present(components.polarity, "polarity")
        capaianFormula = try data.present(components.capaianFormula, "capaianFormula")
        aggregation = components.aggregation
        decimals = components.decimals
    }

    /// Writes every component given.
    func write(to data: inout DataWriter) {
        data.write("code", code)
        IndicatorChanges(replacingEveryComponentOf: self).write(to: &data)
    }
}

extension IndicatorChanges: DataCoding {
    /// Reads the components given.
    init(reading data: inout DataObject) throws(EventCodecError) {
        name = try data.optional("name")?.text()
        sasaran = try data.optional("sasaran")?.code()
        formula = try data.optional("formula")?.text()
        numerator = try data.optional("numerator")?.text()
        denominator = try data.optional("denominator")?.text()
        unit = try data.optional("unit")?.text()
        dataSource = try data.optional("dataSource")?.text()
        penanggungJawab = try data.optional("penanggungJawab")?.texts()
        alasan = try data.optional("alasan")?.text()
        polarity = try data.optional("polarity")?.word()
        capaianFormula = try data.optional("capaianFormula")?.word()
        aggregation = try data.optional("aggregation")?.word()
        decimals = try data.optional("decimals")?.integer(in: 0...6)
    }

    /// Writes the components given.
    func write(to data: inout DataWriter) {
        data.write("name", name)
        data.write("sasaran", sasaran)
        data.write("formula", formula)
        data.write("numerator", numerator)
        data.write("denominator", denominator)
        data.write("unit", unit)
        data.write("dataSource", dataSource)
        data.write("penanggungJawab", penanggungJawab)
        data.write("alasan", alasan)
        data.write("polarity", polarity)
        data.write("capaianFormula", capaianFormula)
        data.write("aggregation", aggregation)
        data.write("decimals", decimals)
    }

    /// Every component of `indicator` but its code, as changes: what writing the indicator shares with them.
    fileprivate init(replacingEveryComponentOf indicator: Indicator) {
        self.init(
            name: indicator.name, sasaran: indicator.sasaran, formula: indicator.formula,
            numerator: indicator.numerator, denominator: indicator.denominator, unit: indicator.unit,
            dataSource: indicator.dataSource, penanggungJawab: indicator.penanggungJawab, alasan: indicator.alasan,
            polarity: indicator.polarity, capaianFormula: indicator.capaianFormula,
            aggregation: indicator.aggregation, decimals: indicator.decimals)
    }
}

extension PerjanjianKinerjaContent: DataCoding {
    /// Reads `year`, `place`, `pihakPertama`, `pihakKedua`, `sasaran`, `programs`, `totalAnggaran`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        year = try data.required("year").year()
        place = try data.optional("place")?.text()
        pihakPertama = try data.optional("pihakPertama")?.object()
        pihakKedua = try data.optional("pihakKedua")?.object()
        sasaran = try data.required("sasaran").objects()
        programs = try data.optional("programs")?.objects()
        totalAnggaran = try data.optional("totalAnggaran")?.decimal()
    }

    /// Writes `year`, `place`, `pihakPertama`, `pihakKedua`, `sasaran`, `programs`, `totalAnggaran`.
    func write(to data: inout DataWriter) {
        data.write("year", year)
        data.write("place", place)
        data.write("pihakPertama", pihakPertama)
        data.write("pihakKedua", pihakKedua)
        data.write("sasaran", sasaran)
        data.write("programs", programs)
        data.write("totalAnggaran", totalAnggaran)
    }
}

extension PerjanjianKinerjaContent.Sasaran: DataCoding {
    /// Reads `code`, `text`, `indicators`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        code = try data.optional("code")?.code()
        text = try data.required("text").text()
        indicators = try data.required("indicators").objects()
    }

    /// Writes `code`, `text`, `indicators`.
    func write(to data: inout DataWriter) {
        data.write("code", code)
        data.write("text", text)
        data.write("indicators", indicators)
    }
}

extension PerjanjianKinerjaContent.IndicatorTarget: DataCoding {
    /// Reads `indicator`, `target`, `unit`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        indicator = try data.required("indicator").code()
        target = try data.required("target").decimal()
        unit = try data.optional("unit")?.text()
    }

    /// Writes `indicator`, `target`, `unit`.
    func write(to data: inout DataWriter) {
        data.write("indicator", indicator)
        data.write("target", target)
        data.write("unit", unit)
    }
}

extension PerjanjianKinerjaContent.Program: DataCoding {
    /// Reads `code`, `name`, `anggaran`.
    init(reading data: inout DataObject) throws(EventCodecError) {
        code = try data.optional("code")?.code()
        name = try data.required("name").text()
        anggaran = try data.required("anggaran").decimal()
    }

    /// Writes `code`, `name`, `anggaran`.
    func write(to data: inout DataWriter) {
        data.write("code", code)
        data.write("name", name)
        data.write("anggaran", anggaran)
    }
}
