/// A program to run and what it is given: arguments, standard input, and files it reads. An argument
/// `@file:NAME` stands for the path of the file `NAME` of ``files``, which the runner writes to a scratch
/// directory of its own (removed afterwards), so the library neither spawns nor makes temporary files.
package struct ProcessRequest: Sendable, Equatable {
    /// The program, found on `PATH`.
    package var program: String
    /// Its arguments, `@file:NAME` for the path of a file of ``files``.
    package var arguments: [String]
    /// Its standard input.
    package var input: [UInt8]
    /// The files it reads, by name.
    package var files: [String: [UInt8]]

    /// Makes a request.
    package init(program: String, arguments: [String], input: [UInt8] = [], files: [String: [UInt8]] = [:]) {
        self.program = program
        self.arguments = arguments
        self.input = input
        self.files = files
    }
}

/// What a program did: its exit status (127 when it could not be started), standard output and error.
package struct ProcessResult: Sendable, Equatable {
    /// The exit status.
    package var status: Int32
    /// Standard output.
    package var output: [UInt8]
    /// Standard error.
    package var errors: [UInt8]

    /// Makes a result.
    package init(status: Int32, output: [UInt8], errors: [UInt8]) {
        self.status = status
        self.output = output
        self.errors = errors
    }
}

/// Runs programs: the executable injects the real one; the library never starts a process by itself.
package typealias ProcessRunner = @Sendable (ProcessRequest) -> ProcessResult
