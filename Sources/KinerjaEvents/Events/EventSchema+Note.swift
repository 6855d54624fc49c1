import KinerjaStore

extension EventSchema {
    /// `NoteRecorded` v1: a free-text note, so the store can be used end to end before the SAKIP catalogue.
    package static let noteRecorded = EventSchema(
        type: "NoteRecorded", version: 1, summary: "a free-text note on the record",
        effectiveDate: .none,
        fields: [
            .required("text", .text, "the note"),
            .optional("subject", .text, "what the note is about, for example an indicator or a decree"),
        ],
        requiredRole: nil)
}
