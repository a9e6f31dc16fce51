extension Questionnaire {
    /// The quick questionnaire: one statement per principle and per problem area, for a ten-minute check.
    ///
    /// Each statement is the most telling one of its target in ``standard``, taken from it rather than
    /// written again, so that a team can move on to the standard questionnaire and recognise it.
    public static let quick = Questionnaire(
        id: "quick", version: 1,
        title: LocalizedText(
            sv: "Snabbkoll av tillitsbaserad styrning och ledning",
            en: "Quick check of trust-based governance and management"),
        scale: .agreement,
        items: quickSelection.map { id, standardID in
            // The selection names standard items; a test checks that every one exists.
            var item = standard.items.first { $0.id == standardID }!
            item.id = id
            return item
        })

    /// The quick questionnaire's item ids and the standard items they take their statements from, one
    /// per principle and problem area in the report's order.
    static let quickSelection: [(String, String)] = [
        ("q-tillit", "tillit-1"),
        ("q-medborgarfokus", "medborgarfokus-1"),
        ("q-helhetssyn", "helhetssyn-5"),
        ("q-handlingsutrymme", "handlingsutrymme-1"),
        ("q-stod", "stod-2"),
        ("q-kunskap", "kunskap-1"),
        ("q-oppenhet", "oppenhet-1"),
        ("q-langsiktighet", "langsiktighet-5"),
        ("q-bristande-medborgarfokus", "bristande-medborgarfokus-1"),
        ("q-franvaro-av-helhetsperspektiv", "franvaro-av-helhetsperspektiv-1"),
        ("q-kortsiktig-styrning", "kortsiktig-styrning-1"),
        ("q-betungande-uppfoljning", "betungande-uppfoljning-2"),
        ("q-bristande-ledarskap", "bristande-ledarskap-1"),
    ]
}
