/// Turns the bytes of a text file, chunk by chunk, into UTF-8 for the CSV parser, by one rule for
/// every file.
///
/// A byte order mark decides the encoding; without one, the encoding chosen (`--encoding`); without
/// that, the text is UTF-8 as long as it is well-formed UTF-8. At the first malformed sequence — any
/// kind: an encoded surrogate (`ED A0 80`), an overlong form (`C0 AF`), a lone `E4` — a file whose
/// text so far was plain ASCII is Windows-1252, all of it (the ASCII already read is the same in
/// both, so nothing is read twice). A file that had UTF-8 letters before the malformed sequence mixes
/// encodings or is damaged, and so is a malformed sequence in a file announced or chosen as UTF-8:
/// either is refused with the line, the character and the bytes, since any reading would garble part
/// of it. An unpaired surrogate in UTF-16 is refused the same way. NUL bytes mean a binary file (or
/// UTF-16 without its byte order mark) and are refused.
struct TextDecoder {
    /// Why the bytes cannot be read as text.
    enum Failure: Equatable {
        /// NUL bytes: not a text file.
        case binary
        /// A malformed UTF-8 sequence where only UTF-8 can be: its line, character and bytes.
        /// `utf16` for an unpaired UTF-16 surrogate.
        case malformed(line: Int, column: Int, bytes: [UInt8], utf16: Bool = false)
    }

    /// The encoding chosen by the user, if any.
    let chosen: TextEncoding?
    /// The encoding in use: from the byte order mark, chosen, or detected so far.
    private(set) var encoding: TextEncoding = .utf8
    private var started = false
    /// Whether Windows-1252 may still be detected: no byte order mark and no choice.
    private var detecting = false
    private var validator = UTF8Validator()
    /// The start of a UTF-8 sequence cut off by the previous chunk's end.
    private var carry: [UInt8] = []
    private var utf16: UTF16Transcoder?
    private var singleByte: SingleByteTranscoder?
    /// Scratch storage for transcoded text.
    private var output: [UInt8] = []

    init(chosen: TextEncoding?) {
        self.chosen = chosen
    }

    /// A decoder for a part of a UTF-8 file that begins after a line break (``CSVPartReader``): no byte
    /// order mark is looked for, and a malformed sequence is a failure, never a sign of Windows-1252,
    /// which only the whole file can tell.
    static func resumingUTF8() -> TextDecoder {
        var decoder = TextDecoder(chosen: .utf8)
        decoder.started = true
        return decoder
    }

    /// Whether the text so far ended at a character's end, not in the middle of one.
    var isAtCharacterBoundary: Bool { carry.isEmpty }

    /// Decodes the next chunk, handing its UTF-8 to `emit` (in one or more pieces; UTF-8 text is handed
    /// on without copying).
    mutating func decode(
        _ chunk: UnsafeRawBufferPointer, final: Bool, _ emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Failure? {
        var raw = chunk
        if !started {
            started = true
            let mark = TextEncoding.byteOrderMark(raw)
            if let mark { raw = UnsafeRawBufferPointer(rebasing: raw[mark.length...]) }
            encoding = mark?.encoding ?? chosen ?? .utf8
            detecting = mark == nil && chosen == nil
            if encoding.isUTF16 { utf16 = UTF16Transcoder(bigEndian: encoding == .utf16BigEndian) }
            if encoding == .windows1252 || encoding == .iso8859_1 {
                singleByte = SingleByteTranscoder(encoding)
            }
        }
        if utf16 != nil {
            output.removeAll(keepingCapacity: true)
            let problem = utf16!.transcode(raw, final: final, into: &output)
            if let problem {
                return .malformed(
                    line: problem.line, column: problem.column, bytes: problem.bytes, utf16: true)
            }
            output.withUnsafeBufferPointer(emit)
            return nil
        }
        let bytes = raw.bindMemory(to: UInt8.self)
        if singleByte != nil { return transcodeSingleByte(bytes, emit) }
        if carry.isEmpty { return checkUTF8(bytes, final: final, emit) }
        // Rare: a character cut in two by the chunk's end.
        var joined = carry
        carry = []
        joined.append(contentsOf: bytes)
        return joined.withUnsafeBufferPointer { checkUTF8($0, final: final, emit) }
    }

    /// Ends the input: a sequence still cut off is malformed.
    mutating func finish(_ emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Failure? {
        guard !carry.isEmpty else { return nil }
        let rest = carry
        carry = []
        return rest.withUnsafeBufferPointer { checkUTF8($0, final: true, emit) }
    }

    private mutating func checkUTF8(
        _ bytes: UnsafeBufferPointer<UInt8>, final: Bool, _ emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Failure? {
        switch validator.check(bytes, final: final) {
        case .nul:
            return .binary
        case .valid(let tail):
            emit(UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - tail)]))
            if tail > 0 { carry = Array(bytes[(bytes.count - tail)...]) }
            return nil
        case .malformed(_, let sequence, let line, let column):
            // Binary files are seldom valid UTF-8 up to their first NUL.
            if bytes.contains(0) { return .binary }
            guard detecting, !validator.sawMultibyte else {
                return .malformed(line: line, column: column, bytes: sequence)
            }
            encoding = .windows1252
            singleByte = SingleByteTranscoder(.windows1252)
            return transcodeSingleByte(bytes, emit)
        }
    }

    private mutating func transcodeSingleByte(
        _ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Failure? {
        output.removeAll(keepingCapacity: true)
        guard singleByte!.transcode(bytes, into: &output) else { return .binary }
        output.withUnsafeBufferPointer(emit)
        return nil
    }
}
