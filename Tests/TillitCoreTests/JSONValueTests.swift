import Foundation
import Testing

@testable import TillitCore

/// Foundation's reading, the reference the byte-level parser is held to.
extension JSONValue: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}

@Suite("JSON text is read into values as Foundation reads it")
struct JSONValueTests {
    private func foundation(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    @Test(
        "escapes, surrogate pairs, numbers, nesting and white space read as Foundation reads them",
        arguments: [
            #"{"a": "tab\there \"q\" \\ \/ \u00e5\u00E4 \ud83d\ude00", "b": [1, -0, 0.5, 1e3, 2.5E-3, -12]}"#,
            #"[true, false, null, {}, [], [[[]]], {"x": {"y": {"z": "å"}}}]"#,
            " \r\n\t{ \"tom\" : \"\" , \"rad\\nbrytning\" : \"\\b\\f\\r\" } ",
            #""bara text""#, "42", "-3.25e+2",
        ])
    func sameAsFoundation(_ text: String) throws {
        #expect(try JSONValue.parse(Data(text.utf8)) == (try foundation(text)))
    }

    @Test("the built-in questionnaires read as Foundation reads them")
    func questionnaires() throws {
        for bytes in [
            PackageResources.quick_v2_json, PackageResources.standard_v2_json,
            PackageResources.national_2019_v2_json,
        ] {
            let data = Data(bytes)
            #expect(try JSONValue.parse(data) == (try JSONDecoder().decode(JSONValue.self, from: data)))
        }
    }

    @Test(
        "what is not JSON is refused",
        arguments: [
            "01", "1.", "-", ".5", "1e", "[1,]", "[1 2]", #"{"a" 1}"#, #"{"a": 1,}"#, #""\x""#,
            "\"a\u{01}b\"",
            #""\ud800""#, #""\ud800\u0041""#, #""\u12g4""#, "1 2", "tru", "nul", "", "[", #""open"#, "+1",
        ])
    func refused(_ text: String) {
        #expect(throws: (any Error).self) { try JSONValue.parse(Data(text.utf8)) }
    }
}
