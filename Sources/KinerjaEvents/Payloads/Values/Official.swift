import KinerjaStore

/// An official as a document prints them: name, position (jabatan), NIP and rank where given.
package struct Official: Sendable, Equatable {
    /// The name as printed.
    package var name: String
    /// The position.
    package var jabatan: String?
    /// The civil-servant number as printed.
    package var nip: String?
    /// The rank as printed.
    var pangkat: String?

    /// Makes an official.
    package init(name: String, jabatan: String? = nil, nip: String? = nil, pangkat: String? = nil) {
        self.name = name
        self.jabatan = jabatan
        self.nip = nip
        self.pangkat = pangkat
    }
}
