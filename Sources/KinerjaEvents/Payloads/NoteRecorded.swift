import KinerjaStore

/// `NoteRecorded`: a free-text note on the record.
package struct NoteRecorded: Sendable, Equatable {
    /// The note.
    package var text: String
    /// What the note is about, for example an indicator or a decree.
    package var subject: String?

    /// Makes a note.
    package init(text: String, subject: String? = nil) {
        self.text = text
        self.subject = subject
    }
}
