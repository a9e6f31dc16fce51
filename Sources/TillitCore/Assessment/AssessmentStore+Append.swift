import Foundation

extension AssessmentStore {
    /// Adds participants to the file under its lock, as ``update(creating:_:)`` does, without reading the
    /// participants it holds into values: what `merge` uses, so that adding a response to a file of a
    /// million participants needs memory for the file's bytes, not for a million participants.
    ///
    /// The file is checked as every read checks it; the rows already there are copied into the new file
    /// byte for byte, and only their names' keys are kept, hashed into a filter of fixed size, to refuse
    /// a name twice (``ParticipantAppender``). A file of format version 1 is read whole and written as version 2.
    /// When the file does not exist, the participants go into `initial`, or ``StoreError/notFound(file:)``
    /// is thrown; when `edit` throws or adds no one, nothing is written.
    @discardableResult
    public mutating func appendParticipants<T>(
        creating initial: Assessment? = nil, _ edit: (inout ParticipantAppender) throws -> T
    ) throws -> T {
        try appendParticipants(creating: initial, nameFilterSize: nil, edit)
    }

    /// ``appendParticipants(creating:_:)`` with a filter of names' keys of `nameFilterSize` bytes, or
    /// sized by the file (``NameFilter/byteCount(forDocumentOf:)``); tests make it tiny, so that every
    /// name may be taken and must be confirmed.
    @discardableResult
    mutating func appendParticipants<T>(
        creating initial: Assessment?, nameFilterSize: Int?, _ edit: (inout ParticipantAppender) throws -> T
    ) throws -> T {
        let lock = try FileLock.acquire(for: url, file: file, timeout: lockTimeout)
        defer { withExtendedLifetime(lock) {} }
        let loaded: (data: Data, mapped: Bool)
        do {
            loaded = try FileBytes.load(url, file: file)
        } catch .notFound {
            guard var assessment = initial else { throw StoreError.notFound(file: file) }
            fingerprint = nil
            var appender = ParticipantAppender(
                questionnaire: assessment.questionnaire,
                keys: NameFilter(byteCount: nameFilterSize ?? NameFilter.standardByteCount),
                lookUp: { _ in nil }, isNew: true)
            let result = try edit(&appender)
            guard !appender.added.isEmpty else { return result }
            assessment.participants += appender.added
            try write(assessment)
            return result
        } catch {
            throw StoreError(error)
        }
        let data = loaded.data
        let file = file
        var rows: (keys: NameFilter, span: Range<Int>?, count: Int, groups: [String], range: Range<Int>)?
        let opened = try AssessmentFile.open(data, file: file, mapped: loaded.mapped) {
            (reader: ParticipantRows) throws(ParticipantRows.Problem) -> [Participant] in
            let keys = NameFilter(
                byteCount: nameFilterSize ?? NameFilter.byteCount(forDocumentOf: data.count))
            var span: Range<Int>?
            var count = 0
            try reader.forEach { row in
                _ = keys.insert(ParticipantAppender.hash(rawName: row.name) { row.nameText })
                span = (span?.lowerBound ?? row.span.lowerBound)..<row.span.upperBound
                count += 1
            }
            rows = (keys, span, count, reader.groups, reader.range)
            return []
        }
        var shell = opened.shell
        guard let rows, AnswerCode.fits(shell.questionnaire.scale) else {
            // Version 1, no rows to copy, or rows on a scale the file is not written in as rows any
            // more: read whole, written as the scale allows.
            fingerprint = Fingerprint(data)
            if rows != nil {
                shell = try AssessmentFile.decode(data, file: file)
            } else if let participants = opened.participants {
                shell.participants = participants
            }
            let issues = shell.validate()
            guard issues.isEmpty else { throw AssessmentError.invalid(file: file, issues: issues) }
            let existing = shell.participants
            let keys = NameFilter(
                byteCount: nameFilterSize ?? NameFilter.byteCount(forDocumentOf: data.count))
            for participant in existing {
                _ = keys.insert(ParticipantAppender.hash(key: NameMatch.key(participant.name)))
            }
            var appender = ParticipantAppender(
                questionnaire: shell.questionnaire, keys: keys,
                lookUp: { key in existing.first { NameMatch.key($0.name) == key }?.name }, isNew: false)
            let result = try edit(&appender)
            guard !appender.added.isEmpty else { return result }
            shell.participants += appender.added
            try write(shell)
            return result
        }
        let issues = shell.validate(participantCount: rows.count)
        guard issues.isEmpty else { throw AssessmentError.invalid(file: file, issues: issues) }
        let questionnaire = shell.questionnaire
        var appender = ParticipantAppender(
            questionnaire: questionnaire, keys: rows.keys,
            lookUp: { key in
                data.withUnsafeBytes { raw -> String? in
                    let bytes = raw.bindMemory(to: UInt8.self)
                    var found: String?
                    try? ParticipantRows(
                        bytes: bytes, range: rows.range, groups: rows.groups,
                        code: AnswerCode(questionnaire.scale), questionnaire: questionnaire
                    ).forEach { row in
                        if found == nil, NameMatch.key(row.nameText) == key { found = row.nameText }
                    }
                    return found
                }
            }, isNew: false)
        let result = try edit(&appender)
        guard !appender.added.isEmpty else {
            // Nothing to write; the store knows the file as it is, for a later save.
            fingerprint = Fingerprint(data)
            return result
        }
        // The new file goes to its temporary file as it is made: the head, the rows already there straight
        // from the old file a few megabytes at a time (each handed back once copied when the file is
        // mapped), the new rows and the tail; nothing grows with the number of participants.
        let writer = AssessmentFile.writer(
            for: shell, capacity: appender.added.count * (64 + questionnaire.items.count))
        writer.adopt(groups: rows.groups)
        var written = Fingerprint()
        let added = appender.added
        do {
            try AtomicFile.write(to: url, file: file, creating: .private, temporaries: temporaries) {
                (stream: AtomicFile.Stream) throws(FileProblem) in
                func drain() throws(FileProblem) {
                    try writer.drain { (bytes: UnsafeRawBufferPointer) throws(FileProblem) in
                        written.add(bytes)
                        try stream.write(bytes)
                    }
                }
                if let span = rows.span {
                    writer.beginCopiedRows(count: rows.count)
                    try drain()
                    var failure: FileProblem?
                    data.withUnsafeBytes { raw in
                        var offset = span.lowerBound
                        do throws(FileProblem) {
                            while offset < span.upperBound {
                                let end = min(offset + (4 << 20), span.upperBound)
                                let piece = UnsafeRawBufferPointer(rebasing: raw[offset..<end])
                                written.add(piece)
                                try stream.write(piece)
                                offset = end
                                guard loaded.mapped else { continue }
                                // From the start each time, as ParticipantRows does: pages handed back
                                // may be mapped again.
                                ParticipantRows.release(raw.bindMemory(to: UInt8.self), from: 0, to: end)
                            }
                        } catch {
                            failure = error
                        }
                    }
                    if let failure { throw failure }
                }
                for participant in added {
                    participant.answers.withUnsafeBufferPointer {
                        writer.append(name: participant.name, role: participant.role, answers: $0)
                    }
                }
                let tail = AssessmentFile.finish(writer)
                tail.withUnsafeBytes { written.add($0) }
                try stream.write(tail)
            }
        } catch {
            throw StoreError(error)
        }
        fingerprint = written
        return result
    }
}
