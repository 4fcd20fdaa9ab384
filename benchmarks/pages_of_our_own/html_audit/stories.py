"""Invented article texts for the audit (no text copied from any benchmark)."""

BRIDGE = [
    "The county council voted seven to two on Tuesday night to close the Millbrook Street bridge to heavy traffic after engineers found corrosion in three of its steel supports.",
    "Lorries over 7.5 tonnes will be diverted along the ring road from Monday, adding roughly twelve minutes to journeys between the quarry and the town's industrial estate.",
    "Councillor Priya Nandakumar, who chairs the transport committee, said the decision had not been taken lightly. \"We cannot ask drivers to cross a structure our own inspectors have doubts about,\" she said.",
    "The bridge was built in 1964 and last underwent major repairs in 1998, when its deck was resurfaced and new railings were fitted along the pedestrian walkway.",
    "Local businesses on the east bank warned that the diversion would hurt deliveries. The owner of a builders' merchant near the bridge said he expected to lose several customers before Christmas.",
    "A full replacement is estimated to cost about £14 million, and the council has applied to the regional infrastructure fund for help with the bill.",
    "Engineers will return in the spring to decide whether the supports can be strengthened or whether the whole span has to be rebuilt.",
]

ORCHARD = [
    "Apple growers across the valley are bracing for their smallest harvest in a decade after a late April frost destroyed blossom on thousands of trees.",
    "Farmers say the cold snap arrived on two consecutive nights just as the earliest varieties were in full flower, leaving little time to light the burners many of them keep for such emergencies.",
    "\"You walk between the rows and the flowers look fine from a distance, but the centres are black,\" said Tomasz Wierzbicki, who farms forty hectares outside the village of Lindell.",
    "The regional growers' association estimates losses of between forty and sixty per cent for early varieties, while later-flowering trees appear to have escaped the worst of the damage.",
    "Cider makers, who buy a large share of the valley's crop, have started looking for fruit further afield and expect to pay considerably more per tonne this autumn.",
    "Agricultural economists warn that small orchards with little cash in reserve could struggle to survive a second poor year, and several have asked the ministry for emergency loans.",
    "The ministry said on Friday it was assessing the damage and would announce any support package once the full extent of the losses was known.",
]

LIBRARY = [
    "The city's central library will reopen its doors on Saturday after a three-year renovation that added a rooftop reading garden, a makerspace and two hundred new study desks.",
    "The building, a brick landmark from the 1920s, closed in 2021 after water leaking through the roof damaged parts of its local history collection.",
    "Architects kept the original entrance hall and its painted ceiling but replaced the cramped stacks at the back with an open atrium that floods the lower floors with daylight.",
    "\"People kept telling us they wanted somewhere quiet to work that wasn't a coffee shop,\" said head librarian Odette Marsh. \"Now they have six floors of it.\"",
    "The renovation cost £31 million, slightly over the original budget, with the overrun blamed on the discovery of asbestos in the old heating ducts.",
    "Opening hours will be extended until nine in the evening on weekdays, and the library will lend laptops and portable internet routers for the first time.",
    "A weekend of free events, including readings by local authors and a children's treasure hunt through the building, is planned to mark the reopening.",
]

STARTUP = [
    "A battery start-up founded by two former university researchers has raised $48 million to build a pilot factory for sodium-ion cells, the company said on Wednesday.",
    "Sodium-ion batteries store less energy than lithium-ion cells of the same weight, but they rely on cheaper and more abundant materials and are less prone to catching fire.",
    "The company, Saltwave Energy, plans to sell its first cells to makers of home storage systems, where weight matters less than cost and safety.",
    "Chief executive Ines Carvalho said the factory would be able to produce enough cells each year to store about two gigawatt-hours of electricity once it reaches full speed.",
    "The funding round was led by a climate-focused venture fund, with a regional development bank and a large utility also taking part.",
    "Analysts cautioned that several earlier sodium-ion ventures had struggled to move from the laboratory to mass production at a competitive price.",
    "Saltwave expects to begin construction in the autumn and to ship its first commercial cells within two years.",
]

MARATHON = [
    "More than eighteen thousand runners took part in the city marathon on Sunday, a record for the race, which was first held in 1983.",
    "Kenyan runner Daniel Kiprop won the men's race in two hours, seven minutes and forty seconds, breaking the course record by nearly a minute.",
    "In the women's race, Ethiopia's Hirut Bekele pulled away from a group of four at the thirty-kilometre mark and finished more than ninety seconds clear of her nearest rival.",
    "Organisers had added extra water stations along the route after temperatures last year climbed above twenty-five degrees and dozens of runners needed treatment.",
    "This year's race was run in cool, overcast conditions, and the medical team reported fewer than half the number of cases seen twelve months ago.",
    "The race raised an estimated £6 million for charity, with the largest share going to a children's hospital near the finish line.",
    "Entries for next year's race open in November, and organisers say they are considering a ballot because of the demand for places.",
]

HOUSING = [
    "Average rents in the capital rose by nine per cent in the year to March, the fastest increase since records began, according to figures published by the statistics office on Thursday.",
    "The rise was sharpest in outer districts, where tenants priced out of central neighbourhoods have moved in search of cheaper homes.",
    "Housing charities said the figures showed that wages were falling further behind rents, and warned that more families were at risk of losing their homes.",
    "\"Every week we meet people who have done everything right and still cannot keep up,\" said Marguerite Oyelaran of the tenants' advice service Shelterline.",
    "Landlords' groups blamed rising mortgage costs and new regulations, arguing that many smaller landlords were selling up and reducing the number of homes available to rent.",
    "The government said it was building more affordable homes than at any time in the past twenty years and would publish new proposals on tenants' rights before the summer.",
    "Economists expect rent growth to slow later in the year as the economy cools, but few forecast an outright fall.",
]

CLIMATE_SUMMIT = [
    "Negotiators at the climate talks worked through the night on Friday in an attempt to agree on how a new fund for countries hit by extreme weather should be paid for.",
    "Delegates from small island states accused wealthy nations of trying to water down commitments made a year earlier, while several large economies insisted that fast-growing emitters should also contribute.",
    "\"We did not fly halfway around the world to sign a blank cheque that nobody will ever fill,\" said the chief negotiator for a coalition of Pacific countries.",
    "A draft text circulated before dawn dropped a reference to phasing out fossil fuels, prompting protests from European delegations and campaigners outside the venue.",
    "The conference president said he remained confident of a deal but acknowledged that the talks would probably run into Sunday.",
    "Observers noted that the summit had already overrun in each of the past five years, and that the final hours often produce the most significant changes to the text.",
]

HOSPITAL = [
    "Waiting times in hospital emergency departments have lengthened for the fourth month in a row, with almost one in three patients waiting more than four hours to be seen.",
    "Doctors' leaders said staff shortages and a lack of beds on wards meant that patients who needed admission were spending long periods on trolleys in corridors.",
    "The health service said it had opened more than two thousand extra beds over the winter and was recruiting nurses from abroad to fill vacancies.",
    "Dr Lena Fairbrother, an emergency consultant in the north of the country, said her department had treated patients in the ambulance bay on three nights last week.",
    "Ministers have promised to cut waiting times by the end of next year, but independent analysts say the target will be hard to reach without more investment in social care.",
    "Patients' groups urged anyone with minor injuries to use urgent treatment centres and pharmacies where possible, to ease the pressure on emergency departments.",
]

ELECTION = [
    "Voters in the northern province go to the polls on Sunday in a regional election that has become an early test for the national government.",
    "Opinion polls show the governing party and the main opposition almost level, with a new regionalist movement drawing support from voters disillusioned with both.",
    "The campaign has been dominated by the closure of a steelworks that employed more than four thousand people in the provincial capital until last year.",
    "The opposition candidate, a former mayor, has promised to bring in new investors to reopen parts of the site, a pledge that the government describes as unrealistic.",
    "Turnout in the last regional election was just fifty-two per cent, and analysts say the result could depend on how many younger voters take part.",
    "Polling stations open at eight in the morning, and the first projections are expected shortly after they close at eight in the evening.",
]

MUSEUM = [
    "A painting that hung unnoticed in a regional town hall for more than sixty years has been identified as the work of a celebrated eighteenth-century portraitist.",
    "The portrait of a young woman in a blue shawl was sent for cleaning last year, when conservators noticed the quality of the brushwork beneath layers of yellowed varnish.",
    "Infrared imaging revealed preparatory drawing typical of the artist's workshop, and a faint signature emerged near the lower edge once the varnish was removed.",
    "\"It was one of those moments when everyone in the studio stopped talking,\" said conservator Beatrix Holloway, who led the cleaning.",
    "Experts estimate that the painting could be worth several million pounds, but the town council has said it has no intention of selling it.",
    "The portrait will go on display at the regional museum next month before returning to the town hall in a new, climate-controlled frame.",
]

SCHOOL_MEALS = [
    "Every primary school pupil in the region will receive a free hot lunch from September under a plan approved by the regional assembly on Wednesday.",
    "The scheme will cost about £90 million a year and will be paid for partly by a new levy on large supermarkets, a measure the retail industry opposed.",
    "Head teachers welcomed the decision but warned that many school kitchens were too small to cook for every pupil and would need to be expanded.",
    "\"We have children who arrive on Monday morning having eaten very little since Friday,\" said Graham Addo, the head of a primary school in the east of the region.",
    "Researchers who studied a similar scheme abroad found that it improved attendance and concentration, particularly among children from low-income families.",
    "The assembly will review the scheme after two years, including whether it should be extended to secondary schools.",
]

VOLCANO = [
    "Authorities ordered the evacuation of three villages on the slopes of the volcano on Thursday after a sharp increase in earthquakes beneath the summit.",
    "Scientists at the national volcano observatory recorded more than four hundred small tremors in twenty-four hours and a measurable swelling of the ground on the northern flank.",
    "About two thousand residents were taken to temporary shelters in schools and sports halls in the nearby town, where the army has set up field kitchens.",
    "\"The signals we are seeing are consistent with magma moving towards the surface, but we cannot say whether or when an eruption will follow,\" the observatory's director said.",
    "The volcano last erupted in 1991, when ash clouds closed the regional airport for nine days and lava destroyed several farms.",
    "Airlines have been told to prepare for possible disruption, and the observatory will issue updates every six hours.",
]

TRAIN_STRIKE = [
    "Train drivers will walk out for forty-eight hours next week after talks over pay and working hours broke down, their union announced on Monday.",
    "The strike will halt most services on the regional network from Tuesday morning until Thursday morning, affecting an estimated four hundred thousand passengers a day.",
    "The union says drivers have not had a pay rise that kept pace with inflation for three years and objects to plans for longer shifts on weekend services.",
    "The rail operator called the action unnecessary and said it had made a fair offer that would give drivers a rise of six per cent over two years.",
    "Passengers with season tickets will be able to claim compensation for the days they cannot travel, the operator said.",
    "Bus companies are laying on extra services on the busiest routes, but commuters have been advised to work from home if they can.",
]

GERMAN = [
    "Der Stadtrat hat am Dienstagabend beschlossen, die Straßenbahnlinie 7 bis zum neuen Wohngebiet am Nordhafen zu verlängern.",
    "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und rund drei Jahre dauern. Die Kosten werden auf etwa 85 Millionen Euro geschätzt, den größten Teil übernimmt das Land.",
    "„Wer im Nordhafen wohnt, soll nicht auf das Auto angewiesen sein“, sagte Verkehrsdezernentin Katrin Albers nach der Abstimmung.",
    "Anwohner der Hafenstraße hatten gegen die Pläne protestiert, weil sie mehr Lärm und den Wegfall von Parkplätzen befürchten. Die Stadt hat zusätzliche Lärmschutzmaßnahmen zugesagt.",
    "Die Verkehrsbetriebe rechnen damit, dass die verlängerte Linie täglich rund zwölftausend Fahrgäste befördern wird.",
    "Während der Bauzeit sollen Ersatzbusse im Zehn-Minuten-Takt zwischen dem Hauptbahnhof und dem Nordhafen verkehren.",
]

FRENCH = [
    "Le conseil municipal a adopté lundi soir un plan visant à planter vingt mille arbres dans les rues et les cours d'école de la ville d'ici à 2030.",
    "La municipalité espère ainsi faire baisser la température en été dans les quartiers les plus denses, où les relevés ont dépassé quarante degrés lors de la dernière canicule.",
    "« Nous ne pouvons plus attendre que les étés deviennent invivables », a déclaré l'adjointe chargée de l'environnement, Hélène Vasseur, à l'issue du vote.",
    "L'opposition a critiqué le coût du projet, estimé à soixante millions d'euros, et réclamé un calendrier plus précis des plantations quartier par quartier.",
    "Les premières plantations doivent commencer cet automne dans une vingtaine d'écoles, dont les cours seront en partie désimperméabilisées.",
    "Les habitants pourront proposer des emplacements sur une plateforme en ligne ouverte à partir du mois prochain.",
]

SPANISH = [
    "El Ayuntamiento aprobó este martes un plan para rehabilitar el antiguo mercado de abastos del barrio de San Lorenzo y convertirlo en un centro cultural y gastronómico.",
    "Las obras comenzarán en enero y tendrán un coste de unos doce millones de euros, financiados en parte con fondos europeos de recuperación.",
    "«Queremos que el mercado vuelva a ser el corazón del barrio, como lo fue durante casi un siglo», explicó la concejala de Urbanismo, Lucía Herrero.",
    "Los comerciantes que todavía mantienen sus puestos en el edificio podrán seguir trabajando durante las obras en una carpa provisional instalada en la plaza.",
    "Algunas asociaciones vecinales han pedido que se reserve parte del espacio para actividades gratuitas dirigidas a los jóvenes y a las personas mayores.",
    "El proyecto prevé que el nuevo mercado abra sus puertas a finales de 2026.",
]
