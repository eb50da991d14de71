# L'interface en français. Chaque clé a sa jumelle anglaise dans en.ftl (un test le vérifie).

## Cadre du site

site-name = Charte des villes intégratrices
site-by = Eurocities
site-description = La Charte des villes intégratrices d'Eurocities : son texte dans chaque édition et les villes qui l'ont signée.
skip-link = Aller au contenu
staff-area = Espace du personnel
nav-label = Principale
nav-charter = Charte
nav-signatories = Signataires
nav-map = Carte
nav-newsroom = Presse
nav-statistics = Statistiques
nav-about = À propos
lang-switch-label = Langue
footer-origin = La Charte des villes intégratrices a été élaborée par le groupe de travail Migration et intégration d'Eurocities en février 2010 et mise à jour par l'équipe migration d'Eurocities en octobre 2024.
footer-address = Eurocities, Square de Meeûs 1, B-1000 Bruxelles
footer-feeds = Flux RSS
footer-open-data = Données ouvertes
footer-counting = Comment les signataires sont comptés
footer-group = Le groupe de travail
content-in-english = Ce texte n'existe qu'en anglais ; il est affiché dans sa langue d'origine.

## Dates et rangs

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-day = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-month = { $month } { $year }
date-unknown = date inconnue
ordinal = { $n ->
    [1] 1er
   *[other] { $n }e
}

## Pages d'erreur

error-not-found-title = Page introuvable
error-not-found-body = Il n'y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une erreur.
error-home-link = Aller à la page d'accueil
error-charter-link = Lire la charte
error-bad-request-title = Cette adresse n'est pas valide
error-not-allowed-title = Accès refusé
error-not-allowed-body = Cette page est réservée au personnel d'Eurocities. Connectez-vous avec un compte autorisé.
error-login-link = Connexion du personnel
error-internal-title = Une erreur s'est produite
error-internal-body = La page n'a pas pu être affichée à cause d'un problème de notre côté. Veuillez réessayer dans un instant.
error-edition-title = Édition non valide

## Accueil

home-eyebrow = L'engagement d'Eurocities pour l'intégration des migrants
home-lede = La Charte des villes intégratrices est l'engagement des maires d'Europe en faveur de l'égalité des chances pour tous les habitants et de l'intégration des migrants. Les villes signataires la mettent en œuvre dans quatre rôles : décideurs politiques, prestataires de services, employeurs et acheteurs de biens et de services.
home-read = Lire la charte
home-what-changed = Ce qui a changé en 2024
home-figures = La charte en chiffres
home-signatories-label = { $count ->
    [one] signataire au registre
   *[other] signataires au registre
}
home-editions-none = éditions
home-editions-one = édition : { $dates }
home-editions-many = éditions : { $dates } et { $last }
home-current-text = Texte en vigueur
home-current-edition = { $title } (dernière mise à jour : { $date })
home-latest = Derniers signataires
home-latest-line = — { $country }, signature : { $date }
home-all = Les { $count } signataires
home-statistics = Statistiques

## Types et statuts

kind-city = Ville
kind-metropolitan_authority = Autorité métropolitaine
kind-region = Région
status-signed = Signataire
status-committed = Engagée, pas encore signataire
status-withdrawn = Retirée

## Annuaire

directory-title = Signataires
directory-title-as-of = Signataires au { $date }
directory-eyebrow = Le registre
directory-lede = Chaque ville, autorité métropolitaine et région connue pour avoir signé la charte, avec son rang dans l'ordre des signatures.
directory-counting-link = Comment les rangs sont comptés
directory-as-of-notice = Vous consultez le registre tel qu'il était le { $date } : les signatures ultérieures ne sont pas affichées et les rangs sont ceux de cette date.
directory-today-link = Voir le registre aujourd'hui
directory-filter-label = Filtrer les signataires
filter-q = Rechercher par nom
filter-country = Pays
filter-country-any = Tous les pays
filter-kind = Type
filter-kind-any = Tous les types
filter-capital = Capitale nationale
filter-either = Indifférent
filter-eu = Membre de l'UE à la signature
filter-year = Année de signature
filter-year-any = Toutes les années
filter-edition = Édition signée
filter-edition-any = Toutes les éditions
filter-status = Statut
filter-status-any = Tous les statuts
filter-sort = Trier par
filter-sort-order = Ordre des signatures
filter-sort-name = Nom
filter-sort-country = Pays
filter-as-of = Tel qu'au
filter-yes = Oui
filter-no = Non
filter-apply = Appliquer
filter-clear = Effacer
directory-count = { $matching ->
    [0] Aucun signataire ne correspond, sur { $total } au registre.
    [one] 1 signataire correspond, sur { $total } au registre.
   *[other] { $matching } signataires correspondent, sur { $total } au registre.
}
directory-count-as-of = { $matching ->
    [0] Aucun signataire ne correspond, sur { $total } au { $date }.
    [one] 1 signataire correspond, sur { $total } au { $date }.
   *[other] { $matching } signataires correspondent, sur { $total } au { $date }.
}
directory-download = Télécharger cette vue :
directory-open-data = À propos des données ouvertes
directory-past-last = Cette page est au-delà de la dernière.
directory-first-page = Aller à la première page
directory-none = Aucun signataire ne correspond à ces filtres. Essayez avec moins de filtres ou une autre orthographe.
directory-caption = Signataires correspondant aux filtres
column-place = Rang
column-name = Nom
column-country = Pays
column-kind = Type
column-signed = Signature
column-edition = Édition
directory-capital = · capitale
directory-no-place = pas de rang : date inconnue
directory-not-yet-signed = pas encore signée
directory-pages = Pages
directory-previous = Page précédente
directory-next = Page suivante
directory-page-of = Page { $page } sur { $pages }
feed-signings-title = Charte des villes intégratrices : signatures

## Charte

charter-eyebrow = La charte
charter-page-title = La charte, { $edition }
charter-heading = Charte des villes intégratrices — { $edition }
edition-title = édition { $year }
edition-current-suffix = { $title } (en vigueur)
charter-status = Statut
charter-status-current = Édition en vigueur
charter-status-earlier = Édition antérieure, qui n'est plus en vigueur
charter-first-edition = Première édition
charter-last-update = Dernière mise à jour
charter-compare = Comparer avec une autre édition
charter-about-edition = À propos de cette édition
charter-preamble = Préambule
charter-preamble-missing = Le préambule de cette édition ne figure pas encore au registre. Il différait du préambule de 2024 ; plutôt que de le reconstituer, le registre l'affichera dès que le personnel d'Eurocities aura ajouté le texte original.
charter-closing = Engagement final
charter-note = Note explicative
charter-footnote = Note de bas de page
charter-footnote-call = Note { $marker }
charter-footnote-back = Retour au texte
charter-not-translated = Cette édition n'a pas encore été traduite en français : son texte est affiché dans sa langue d'origine, l'anglais.
switcher-label = Édition
switcher-show = Afficher

## Pays

country-AD = Andorre
country-AL = Albanie
country-AT = Autriche
country-BA = Bosnie-Herzégovine
country-BE = Belgique
country-BG = Bulgarie
country-BY = Biélorussie
country-CH = Suisse
country-CY = Chypre
country-CZ = Tchéquie
country-DE = Allemagne
country-DK = Danemark
country-EE = Estonie
country-ES = Espagne
country-FI = Finlande
country-FR = France
country-GB = Royaume-Uni
country-GE = Géorgie
country-GR = Grèce
country-HR = Croatie
country-HU = Hongrie
country-IE = Irlande
country-IS = Islande
country-IT = Italie
country-LI = Liechtenstein
country-LT = Lituanie
country-LU = Luxembourg
country-LV = Lettonie
country-MC = Monaco
country-MD = Moldavie
country-ME = Monténégro
country-MK = Macédoine du Nord
country-MT = Malte
country-NL = Pays-Bas
country-NO = Norvège
country-PL = Pologne
country-PT = Portugal
country-RO = Roumanie
country-RS = Serbie
country-SE = Suède
country-SI = Slovénie
country-SK = Slovaquie
country-SM = Saint-Marin
country-TR = Turquie
country-UA = Ukraine
country-VA = Saint-Siège
country-AU = Australie
country-BR = Brésil
country-CA = Canada
country-MA = Maroc
country-MX = Mexique
country-TN = Tunisie
country-US = États-Unis

## Groupe de travail

group-title = Le groupe de travail
group-eyebrow = Le groupe de travail à l'origine de la charte
group-as-of = Date de cette description : { $date }. La composition et les responsables du groupe ont pu changer depuis.
group-people = Qui le dirige
group-chair = Présidence
group-vice-chair = Vice-présidence
group-contact = Contact au sein d'Eurocities
group-not-stated = non indiqué
group-charter-link-lead = Le groupe a élaboré la charte et organise les conférences Integrating Cities.
group-charter-link = Lire la charte
group-about-link = À propos de la charte et des conférences
group-source = Source de cette description

## À propos

date-day-alone = { $day ->
    [1] 1er
   *[other] { $day }
}
word-and = et
role-policy-makers = décideurs politiques
role-service-providers = prestataires de services
role-employers = employeurs
role-buyers = acheteurs de biens et de services
about-title = À propos de la charte
about-heading = À propos de la Charte des villes intégratrices
about-subtitle = Un engagement des villes d'Europe en faveur de l'égalité des chances pour tous les habitants, de l'intégration des migrants et de la diversité de leur population.
about-what = Ce qu'est la charte
about-roles-lead = Par la charte, les maires engagent leur ville à agir dans quatre rôles : en tant que
about-history = Le groupe de travail Migration et intégration d'Eurocities et les villes d'Amsterdam, Berlin, Leeds, Londres et Rome l'ont élaborée en février 2010 ; elle a été lancée et signée pour la première fois lors de la conférence Integrating Cities de Londres le même mois. L'équipe migration d'Eurocities l'a mise à jour en octobre 2024.
about-process = Le processus Integrating Cities
about-process-lead = La charte s'inscrit dans le processus Integrating Cities, formalisé par Eurocities et la Commission européenne dans la Déclaration de Milan de 2007. Il réunit :
about-process-conferences = les conférences Integrating Cities, où les élus locaux et les hauts responsables des grandes villes d'Europe rencontrent des représentants des institutions de l'UE, d'organisations internationales et non gouvernementales, des chercheurs et des communautés de migrants ;
about-process-dialogue = un dialogue politique régulier sur l'intégration entre les représentants des villes et la Commission européenne ;
about-process-learning = des projets d'apprentissage mutuel entre villes sur la gouvernance de l'intégration.
about-how = Comment une ville devient signataire
about-how-1 = Le conseil municipal (ou l'instance habilitée à engager la ville) adopte la charte.
about-how-2 = La ville informe Eurocities qu'elle souhaite signer.
about-how-3 = Une cérémonie de signature est organisée : lors d'une conférence Integrating Cities ou sur place.
about-how-4 = Le maire signe la charte.
about-how-5 = La ville envoie à Eurocities une copie numérisée de la charte signée.
about-how-6 = Eurocities inscrit la ville parmi les signataires, avec la date et la source de sa signature.
about-count-lead = Le registre compte aujourd'hui
about-count-link = { $count } signataires
about-count-middle = {""} ;
about-counting-link = la manière de les compter
about-count-end = {""} est expliquée sur une page dédiée.
about-conferences = Les conférences
about-conferences-note = Les conférences pour lesquelles le registre dispose d'une source, de la plus ancienne à la plus récente ; la Ve et la VIIe n'y sont pas encore documentées.
about-conference-none = Aucune signature lors de cette conférence n'est enregistrée au registre.
about-conference-signed = Signatures lors de cette conférence :

## Boîte à outils

toolkit-title = Boîte à outils : promotion de la diversité culturelle
toolkit-eyebrow = Boîte à outils
toolkit-heading = Promotion de la diversité culturelle : le référentiel Integrating Cities
toolkit-subtitle = Un référentiel de { $count } facteurs clés, chacun avec ses questions guides et des exemples de villes, pour qu'une ville évalue et développe son action en faveur de la diversité.
toolkit-french-only = Cette boîte à outils n'est publiée qu'en français ; elle est présentée ci-dessous dans sa langue d'origine.
toolkit-links = Les villes signataires de la charte sont liées à leur profil.
toolkit-standard = La norme des Villes d'intégration
toolkit-factors = Les facteurs clés
toolkit-questions = Questions guides
toolkit-examples = Exemples
toolkit-how = Comment utiliser la boîte à outils
toolkit-contextual = Les facteurs contextuels

## Rangs dans les décomptes

ordinal-feminine = { $n ->
    [1] 1re
   *[other] { $n }e
}
place-overall = le { $place } signataire
place-european-city = la { $place } ville européenne
place-non-european-city = la { $place } ville non européenne
place-european-other = le { $place } signataire européen
place-non-european-other = le { $place } signataire non européen
place-eu-capital = la { $place } capitale de l'UE
place-national-capital = la { $place } capitale nationale
place-in-country = le { $place } signataire de son pays
place-edition = le { $place } à signer l'édition { $edition }

## Profil

confidence-high = élevée
confidence-medium = moyenne
confidence-low = faible
profile-month-only = (connue seulement au mois près)
profile-year-only = (connue seulement à l'année près)
profile-edition-unconfirmed = — non confirmée : aucune source ne dit quel texte a été signé ; la plus probable est indiquée
profile-date-unknown = Date de signature inconnue
profile-event = Événement
profile-place = Lieu
profile-signed-by = Signée par
profile-council = Décision du conseil
profile-announced = Annoncé à l'époque
profile-confidence = Fiabilité de cette fiche
profile-notes = Remarques
profile-sources = Sources
profile-no-source = Aucune source n'est encore enregistrée pour cette signature.
profile-no-place = { $name } n'a pas de rang dans l'ordre des signatures : la date de sa signature n'est pas connue. Elle compte dans le total de { $total } signataires.
profile-places = Selon le décompte du registre, { $name } est { $places }, sur les { $total } signataires que le registre connaît.
profile-status-signed = Signataire
profile-status-committed = Engagée à signer
profile-status-withdrawn = Retirée
profile-subtitle = { $kind } · { $country }
profile-subtitle-capital = { $kind } · { $country }, capitale nationale
profile-badge-alt = Signataire de la Charte des villes intégratrices
profile-badge-alt-since = Signataire de la Charte des villes intégratrices depuis { $year }
profile-signing = Signature
profile-signings = Signatures
profile-feed-title = Charte des villes intégratrices : { $country }
profile-withdrew = Retrait le { $date } :
profile-all = Tous les signataires
profile-announced-title = Ce qui a été annoncé, et ce que calcule le registre
profile-announced-lead = Les rangs publiés sont présentés tels qu'ils ont été annoncés. Le registre calcule les siens à partir des signataires qu'il contient ; quand ils diffèrent, des signataires manquent au registre ou l'annonce comptait autrement.
profile-computes = Le registre calcule :
profile-releases = Communiqués de presse
profile-map-label = Où se trouve { $name }
profile-map = Sur la carte
profile-map-all = Tous les signataires sur la carte
profile-website = Site officiel
profile-badge = Badge pour votre site
profile-badge-code = Copiez ce code dans le site de la ville :

## Carte

map-title = Carte des signataires
map-subtitle = { $count } signataires sur la carte. Chaque point mène à son profil ; le tableau ci-dessous liste les mêmes signataires.
map-label = Carte des signataires de la Charte des villes intégratrices
map-credit = Contours des pays : Natural Earth (domaine public).
map-caption = Les signataires de la carte
map-column-signatory = Signataire
map-outside-europe = Hors d'Europe

## Statistiques

totals-signatories = Signataires
totals-european = Signataires européens
totals-non-european = Signataires non européens
totals-countries = Pays
totals-national-capitals = Capitales nationales
totals-eu-capitals = Capitales de l'UE à la date de signature
totals-unknown-dates = Date de signature inconnue
totals-edition = Signataires de l'{ $edition }
stats-lede = Comptés selon la règle du registre, à partir des signataires qu'il contient.
stats-totals = Totaux
stats-over-time = Les signataires au fil du temps
stats-chart-summary = Nombre cumulé de signataires par année, atteignant { $total } en { $year }.
stats-chart-table = Le tableau ci-dessous donne les mêmes chiffres.
stats-chart-caption = Signataires selon l'année de leur première signature, en cumul. Les signataires dont la date est inconnue ne figurent pas sur le graphique.
stats-by-year = Signataires par année de première signature
stats-year = Année
stats-that-year = Signatures de l'année
stats-end-of-year = Total en fin d'année
stats-by-country = Signataires par pays
stats-by-country-caption = Signataires par pays, du plus grand nombre au plus petit
stats-published = Décomptes publiés ailleurs
stats-published-lead = Ce qu'Eurocities et la presse ont annoncé au fil des ans. Ces chiffres se contredisent parfois ; ceux du registre, ci-dessus, proviennent de ses propres fiches.

## Règle de décompte

counting-eyebrow = À propos du registre
counting-lede = Les communiqués disent par exemple « la 33e ville européenne et la 15e capitale de l'UE à signer ». Le registre calcule ces nombres selon une règle énoncée, à partir des signatures qu'il contient, pour que chacun puisse les vérifier.
counting-order = L'ordre des signatures
counting-order-1 = Les signatures sont classées par date, puis selon l'ordre fixé par le personnel d'Eurocities entre signatures du même jour, puis par nom.
counting-order-2 = Une date connue seulement au mois ou à l'année est classée à son premier jour possible : septembre 2013 est classé comme le 1er septembre 2013.
counting-order-3 = Une signature dont la date est inconnue compte dans les totaux mais n'a pas de rang, et son profil le dit.
counting-order-4 = La première signature d'un signataire, quelle que soit l'édition, fixe son rang. Un signataire qui se retire garde son rang, comme tous les autres : l'histoire ne change pas.
counting-counts = Les décomptes
counting-nth-signatory = Ne signataire
counting-nth-signatory-rule = {" "}: rang parmi les premières signatures de tous les signataires, quelle que soit l'édition.
counting-nth-european = Ne ville européenne
counting-nth-european-rule = {" "}: de même, parmi les signataires de pays européens ;{" "}
counting-first-non-european = premier signataire non européen
counting-first-non-european-rule = {" "}: de même parmi les autres.
counting-nth-eu-capital = Ne capitale de l'UE
counting-nth-eu-capital-rule = {" "}: parmi les capitales nationales dont le pays était membre de l'Union européenne (ou des Communautés européennes) le jour de la signature. Londres en 2010 compte ; Londres en 2021 ne compterait pas ; Zagreb avant le 1er juillet 2013 non plus.
counting-nth-national-capital = Ne capitale nationale
counting-nth-in-country = Ne de son pays
counting-nth-edition = Ne à signer une édition
counting-same-order = {" "}suivent le même ordre au sein de leur groupe.
counting-approximate = Rangs approximatifs
counting-approximate-body = Un rang est marqué « ≈ » quand il dépend d'une date connue seulement au mois ou à l'année (la sienne, ou celle d'une autre signature dont les jours possibles la recouvrent), ou de signatures du même jour dont le personnel n'a pas encore fixé l'ordre. Le personnel voit chacun de ces cas dans sa liste de qualité des données.
counting-as-of = Le registre tel qu'il était un jour donné
counting-as-of-body = Chaque décompte peut être calculé à une date passée, avec les seules signatures connues à cette date : par exemple
counting-as-of-example = le registre au { $date }
counting-unknown = Ce que le registre ne sait pas
counting-unknown-body = Le registre contient les signataires pour lesquels une source publique existe. Certains des premiers signataires ne sont pas encore identifiés : les nombres du registre peuvent donc être inférieurs à ceux annoncés à l'époque ; les profils montrent les deux.
counting-today = Les totaux aujourd'hui

## Presse et flux

newsroom-feed-title = Charte des villes intégratrices : communiqués de presse
newsroom-eyebrow = Pour les journalistes
newsroom-lede = Les communiqués de presse sur la charte et ses signataires.
newsroom-follow = Les suivre par RSS
newsroom-filter = Filtrer les communiqués
newsroom-count = { $count ->
    [0] Aucun communiqué.
    [one] 1 communiqué.
   *[other] { $count } communiqués.
}
newsroom-newer = Communiqués plus récents
newsroom-older = Communiqués plus anciens
release-eyebrow = Communiqué de presse
release-ends = FIN
release-notes = Notes aux rédactions
release-corrections = Corrections
release-facts = Les faits
release-fact-edition = Signataire de l'{ $edition }.
release-fact-places = Selon le registre au { $date } : { $name } est { $places }, sur { $total } signataires.
release-fact-feed = Flux pour : { $country }
release-contacts = Contacts presse
release-quoted = Cités
release-follow = Suivre
release-follow-press = Communiqués de presse (RSS)
release-follow-all = Tous les flux
feeds-lede = Suivez le registre dans n'importe quel lecteur de flux. Chaque élément a un lien permanent ; les communiqués apparaissent à leur heure de publication, jamais avant. Les flux sont rédigés en anglais.
feeds-caption = Les flux et leur contenu
feeds-feed = Flux
feeds-contains = Contenu
feeds-all = Tout : communiqués, signatures, corrections et retraits.
feeds-press = Les communiqués de presse d'Eurocities sur la charte et ses signataires, à leur heure de publication.
feeds-signings = Chaque ville, autorité métropolitaine ou région qui signe la charte.
feeds-changes = Les corrections ajoutées aux communiqués, et les retraits de la charte.
feeds-country = Signatures et communiqués concernant : { $country }.
feeds-edition = Les signataires de l'{ $edition } de la charte.

## Comparaison

compare-title = Comparer les éditions : { $from } et { $to }
compare-heading = Ce qui a changé de l'{ $from } à l'{ $to }
compare-same = Les deux côtés sont la même édition : choisissez deux éditions différentes pour voir ce qui a changé.
compare-summary = { $changed ->
    [0] Aucun passage modifié
    [one] 1 passage modifié
   *[other] { $changed } passages modifiés
}, { $added } ajoutés, { $removed } supprimés et { $moved } déplacés, parmi les passages que les deux textes contiennent.
compare-not-comparable = { $sections ->
    [one] 1 section de l'{ $to } ne peut pas être comparée
   *[other] { $sections } sections de l'{ $to } ne peuvent pas être comparées
} : le registre ne contient pas cette partie de l'{ $from }.
compare-lede-1 = Calculé à partir des textes du registre. Les mots ajoutés sont
compare-underlined = soulignés
compare-lede-2 = , les mots supprimés
compare-struck = barrés
compare-lede-3 = . Les apostrophes et la ponctuation qui termine un élément de liste ne comptent pas comme des modifications.
compare-from = De
compare-to = À
compare-button = Comparer
compare-unchanged = Inchangée
compare-changed = Modifiée
compare-passage-changed = Modifié
compare-added = Ajouté
compare-removed = Supprimé
compare-only-in = Seulement dans l'{ $edition }
compare-not-held = Non comparable : le texte de l'{ $edition } n'est pas au registre
compare-heading-change = Titre :
compare-moved = Déplacé de la position { $from } à la position { $to }
compare-added-marker = [ajouté]
compare-removed-marker = [supprimé]

## Données ouvertes

open-eyebrow = Pour les chercheurs et les développeurs
open-lede = Les données du registre, en CSV, en JSON et par une API en lecture seule, avec les mêmes filtres que l'annuaire.
open-downloads = Téléchargements
open-downloads-1 = {" "}: l'annuaire tel que vous le voyez. Toute chaîne de requête de
open-downloads-2 = fonctionne de la même façon, par exemple
open-downloads-3 = {" "}; les fichiers portent la date et les filtres dans leur nom.
open-api-list = {" "}: la même vue en JSON, avec la même chaîne de requête.
open-api-one = {" "}: un signataire avec ses signatures, ses sources et ses rangs, par exemple
open-api-editions = {" "}: les éditions publiées de la charte.
open-api-releases = {" "}: les communiqués déjà publics (jamais un communiqué sous embargo).
open-english = Les fichiers et l'API sont en anglais.
open-fields = Champs
open-fields-caption = Champs de chaque signataire
open-field = Champ
open-meaning = Signification
open-rule = Règle de décompte
open-rule-body = Les rangs et les totaux sont calculés selon une règle énoncée :
open-licence = Licence
open-licence-body = Creative Commons Attribution 4.0 (CC BY 4.0). Citer ainsi :
field-place = Rang dans l'ordre de tous les signataires (« ≈ » s'il est approximatif ; vide si la date est inconnue)
field-name = Nom de la ville, de l'autorité métropolitaine ou de la région
field-slug = Identifiant stable, qui forme aussi l'adresse de son profil
field-kind = city (ville), metropolitan_authority (autorité métropolitaine) ou region (région)
field-country-code = Code ISO 3166-1 alpha-2
field-country = Nom du pays (en anglais)
field-national-capital = S'il s'agit de la capitale nationale de son pays
field-eu-member = Si son pays était membre de l'UE le jour de sa première signature
field-status = signed (signataire), committed (le conseil a décidé, pas encore signé) ou withdrawn (retiré)
field-signed = Date de sa première signature à sa précision : AAAA-MM-JJ, AAAA-MM, AAAA, ou vide si inconnue
field-edition = Édition de la charte de sa première signature
field-location = Position, en degrés
field-sources = Adresses des sources de sa première signature
field-profile = Adresse de son profil sur ce site
field-totals = Signataires au registre (à la date de la vue) et lignes de cette vue
charter-translation = Ceci est une traduction ; le texte original fait foi.
charter-original-link = Lire l'original
