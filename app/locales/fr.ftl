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
footer-legal = Mentions légales
footer-privacy = Confidentialité
footer-accessibility = Accessibilité
legal-eyebrow = À propos de ce site
legal-updated = Dernière révision le 30 novembre 2026.
legal-lede = Qui publie ce site, qui répond de son contenu et comment le réutiliser.
legal-publisher = Éditeur
legal-publisher-body = Ce site est publié par Eurocities, le réseau des grandes villes européennes, Square de Meeûs 1, B-1000 Bruxelles, Belgique. Son contenu est tenu par l’équipe migration d’Eurocities.
legal-content = Contenu
legal-content-body = Le registre consigne ce que l’on sait de chaque signature, avec ses sources. Quand les sources divergent ou manquent, le registre le dit sur la page du signataire et sur la page qui explique le décompte, au lieu de trancher en silence.
legal-content-history = Les communiqués de presse sont publiés tels qu’ils ont été diffusés ; un rectificatif s’ajoute sous le communiqué avec sa date et son motif, jamais en silence.
legal-reuse = Réutilisation
legal-reuse-data = Les données du registre (signataires, signatures, dates, rangs et sources) sont des données ouvertes sous licence Creative Commons Attribution 4.0 : la page des données ouvertes donne les fichiers, l’API et la façon de les citer.
legal-reuse-code = Le logiciel qui fait fonctionner ce site est un logiciel libre sous Licence publique de l’Union européenne 1.2.
legal-links = Liens vers d’autres sites
legal-links-body = Les sources renvoient aux sites qui les ont publiées (conseils municipaux, Eurocities, presse). Ces sites ne dépendent pas d’Eurocities, et certaines anciennes adresses ne répondent plus : le registre garde le nom de chaque source à côté de son lien.
privacy-lede = Ce que ce site conserve, sur qui, pourquoi et combien de temps.
privacy-visitors = Consulter les pages publiques
privacy-visitors-body = Les pages publiques ne déposent aucun cookie, ne chargent rien depuis d’autres sites et n’utilisent aucun outil de mesure d’audience ni de pistage. Lire une page, un flux ou un fichier ne nous apprend rien sur vous.
privacy-visitors-logs = Pour le bon fonctionnement du site, le serveur écrit une ligne par requête : l’heure, la page demandée, le statut de la réponse et sa durée. Il n’enregistre ni votre adresse IP ni votre navigateur.
privacy-staff = Comptes du personnel
privacy-staff-body = Le personnel d’Eurocities qui tient le registre dispose d’un compte : son adresse électronique, un mot de passe conservé uniquement sous forme d’empreinte Argon2id, le secret de son application d’authentification et un cookie de session qui n’existe que pendant la connexion (strictement nécessaire : aucun consentement n’est demandé).
privacy-staff-audit = Chaque modification du registre est enregistrée avec son auteur et sa date, afin que les faits publiés restent traçables ; ces traces sont conservées aussi longtemps que le registre.
privacy-people = Personnes nommées dans le registre
privacy-people-body = Le registre nomme les maires et élus qui ont signé la charte, tels que leur ville ou Eurocities les a publiés, car la signature est un acte public de leur fonction. Les communiqués nomment les contacts presse avec lesquels ils ont été diffusés.
privacy-rights = Vos droits
privacy-rights-body = En vertu du règlement général sur la protection des données, vous pouvez demander à consulter, corriger ou effacer ce qui vous concerne, ou vous opposer à son usage : écrivez à Eurocities, Square de Meeûs 1, B-1000 Bruxelles. Eurocities est le responsable de ce traitement.
privacy-rights-authority = Vous pouvez aussi saisir l’Autorité de protection des données (Belgique).
a11y-lede = Eurocities veut que chacun puisse lire la charte, trouver ses signataires et citer ses chiffres, quelle que soit sa façon d’utiliser le web.
a11y-status = État de conformité
a11y-status-body = Ce site vise le niveau AA des Règles pour l’accessibilité des contenus web (WCAG) 2.2, le niveau qu’exige la norme EN 301 549. Il est partiellement conforme : tous les contrôles ci-dessous réussissent à chaque modification, mais aucun expert indépendant ne l’a encore audité, et des contrôles automatiques ne trouvent pas tous les obstacles.
a11y-checked = Ce qui est contrôlé à chaque modification
a11y-checked-axe = axe-core contrôle chaque type de page listé ci-dessous selon les règles WCAG 2.0, 2.1 et 2.2 des niveaux A et AA, une fois avec JavaScript et une fois sans, dans Chromium sans interface.
a11y-checked-html = Le validateur HTML Nu valide les mêmes pages ; chacune a son propre titre et un seul titre principal ; les pages en français sont contrôlées pour les mots d’interface restés en anglais.
a11y-checked-keyboard = Un test dans le navigateur effectue le travail quotidien du personnel — enregistrer une signature et son communiqué — au clavier seulement, avec et sans JavaScript.
a11y-checked-nojs = Chaque page publique fonctionne sans JavaScript : son contenu et ses formulaires sont complets tels que le serveur les envoie.
a11y-limits = Limites connues
a11y-limits-map = La carte des signataires est une image : la même liste, avec pays et dates, est donnée sous forme de tableau en dessous.
a11y-limits-language = Certains contenus n’existent qu’en anglais (communiqués, notes et sources du registre) ; sur les pages en français, ils sont signalés comme anglais pour que les lecteurs d’écran les prononcent correctement.
a11y-limits-audit = L’ordre du focus et l’adaptation aux écrans étroits ne sont pas encore contrôlés automatiquement, et aucun utilisateur de technologies d’assistance n’a encore testé le site : leurs signalements sont les bienvenus.
a11y-feedback = Signaler un problème
a11y-feedback-body = Si une partie de ce site vous est difficile ou impossible à utiliser, écrivez à Eurocities, Square de Meeûs 1, B-1000 Bruxelles : indiquez la page et ce qui s’est passé, et nous vous répondrons avec l’information sous une forme que vous pouvez utiliser.
a11y-pages = Pages contrôlées
a11y-pages-body = { $count } adresses de pages, en anglais et en français, sont contrôlées, une de chaque type de page. Celles dans cette langue :
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
error-admins-only-title = Réservé aux administrateurs
error-admins-only-body = Cet écran est réservé aux administrateurs : votre compte est celui d’un éditeur. Demandez à un administrateur si quelque chose doit être fait ici.
error-staff-home-link = Retour au tableau de bord du personnel
error-login-link = Connexion du personnel
error-unavailable-title = Les modifications ne peuvent pas être enregistrées pour le moment
error-unavailable-body = La base de données du registre n’accepte pas de modifications pour le moment (elle est en lecture seule ou pleine). Rien n’a été enregistré. La consultation du site fonctionne normalement ; veuillez réessayer dans quelques minutes.
error-internal-title = Une erreur s'est produite
error-internal-body = La page n'a pas pu être affichée à cause d'un problème de notre côté. Veuillez réessayer dans un instant.
error-edition-title = Édition non valide

## Accueil

home-eyebrow = L'engagement d'Eurocities pour l'intégration des migrants
home-lede = La Charte des villes intégratrices est l'engagement des maires d'Europe en faveur de l'égalité des chances pour tous les habitants et de l'intégration des migrants. Les villes signataires la mettent en œuvre dans quatre rôles : décideurs politiques, prestataires de services, employeurs et acheteurs de biens et de services.
home-read = Lire la charte
home-what-changed = Comparer les textes de 2010 et de 2024
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
date-part-day = Jour
date-part-month = Mois
date-part-year = Année
filter-more = Plus de filtres et de tris
filter-more-active = Filtres appliqués : { $active }
filter-active-item = { $label } : { $value }
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
charter-note-history = Note explicative : l’histoire de la charte
charter-note-funding = Note explicative : financement
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
place-founding = l'un des { $count } signataires fondateurs, qui ont signé ensemble le { $day }
place-together = l'un des { $count } signataires qui ont signé ensemble le { $day }

## Profil

confidence-high = élevée
confidence-medium = moyenne
confidence-low = faible
profile-month-only = (connue seulement au mois près)
profile-year-only = (connue seulement à l'année près)
profile-edition-unconfirmed = — non confirmée : aucune source ne dit quel texte a été signé ; la plus probable est indiquée
profile-date-unknown = Date de signature inconnue
profile-local-names = Nom local :
profile-event = Événement
profile-place = Lieu
profile-signed-by = Signée par
profile-council = Décision du conseil
profile-announced = Annoncé à l'époque
profile-sources = Sources
profile-no-source = Aucune source n'est encore enregistrée pour cette signature.
profile-no-place = { $name } n'a pas de rang dans l'ordre des signatures : la date de sa signature n'est pas connue. Elle compte dans le total de { $total } signataires.
profile-committed-sentence = { $name } s’est engagée à signer la charte et ne l’a pas encore signée : elle ne fait pas partie des { $total } signataires et n’a pas de place dans leur ordre tant qu’elle n’a pas signé.
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
profile-announced-lead = Les rangs publiés tels qu'ils ont été annoncés, chacun vérifié par le registre : quand le registre donne un autre nombre, il est indiqué à côté de la déclaration.
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
map-subtitle-dense = { $count } signataires sur la carte : trop pour un point chacun, chaque carré compte donc les signataires de sa zone, d'autant plus foncé qu'ils sont nombreux. Le tableau ci-dessous les compte par pays.
map-legend = Les carrés les plus foncés comptent { $most } signataires.
map-cell = { $count ->
    [one] 1 signataire
   *[other] { $count } signataires
}
map-caption-countries = Signataires par pays
map-column-count = Signataires

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
counting-order-1 = Ce que l'on sait de la date de chaque signature est une période : un jour, un mois, une année, ou des bornes comme « pas avant le 1er mars 2013, pas après le 31 décembre 2015 ». Aucune signature n'est antérieure au lancement du 22 février 2010. Les signatures du même jour suivent l'ordre fixé par le personnel d'Eurocities.
counting-order-2 = Une signature vient certainement avant une autre quand son dernier jour possible précède le premier jour possible de l'autre (ou, le même jour, quand le personnel a fixé leur ordre).
counting-order-3 = Une signature dont on ne sait rien de la date compte dans les totaux mais n'a pas de rang, et son profil le dit.
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
counting-approximate = Des rangs en fourchettes
counting-approximate-body = Un rang est exact quand chaque autre signature du même décompte vient certainement avant ou certainement après : Toronto est exactement la 1re ville non européenne, bien que son jour de décembre 2014 ne soit pas connu. Sinon, le rang est la fourchette des places possibles : « le 31e–32e signataire ». Les signataires qui ont signé ensemble le même jour, sans ordre fixé, partagent leurs places : « l'un des 17 signataires fondateurs, qui ont signé ensemble le 22 février 2010 ».
counting-as-of = Le registre tel qu'il était un jour donné
counting-as-of-body = Chaque décompte peut être calculé à une date passée, avec les seules signatures connues à cette date : par exemple
counting-as-of-example = le registre au { $date }
counting-unknown = Ce que le registre ne sait pas
counting-unknown-body = Certains des premiers signataires ne sont connus que parce que les annonces les comptent : { $unidentified } signataires impliqués par les déclarations ne sont pas encore nommés. Ils comptent dans les totaux et les rangs comme tout signataire, figurent dans l'annuaire comme « pas encore identifiés » et ne reçoivent jamais de nom inventé. Quand l'un de leurs attributs n'est pas connu (par exemple s'il s'agit d'une capitale), les rangs qui en dépendent deviennent des fourchettes.
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
admin-release-delete = Supprimer ce brouillon
admin-release-delete-intro = Pour un brouillon créé par erreur (un doublon, la mauvaise signature). Il n’a jamais été public : rien de public ne change. Un communiqué public n’est jamais supprimé : dépubliez-le, ou ajoutez un rectificatif.
admin-release-delete-confirm = Oui, supprimer ce brouillon avec ses citations et ses contacts
admin-release-delete-submit = Supprimer le brouillon
msg-release-delete-confirm = Cochez la case pour confirmer la suppression de ce brouillon.
msg-release-delete-not-draft = Seul un brouillon jamais programmé peut être supprimé : ce communiqué est, ou a été, programmé ou public. Dépubliez-le, ou ajoutez un rectificatif.
msg-release-deleted = Le brouillon « { $title } » est supprimé.
audit-release-delete = Brouillon de communiqué supprimé
release-number-place = { $name } : « { $before } » → « { $after } »
release-number-total = Total : { $before } → { $after } signataires
msg-release-numbers-changed = Les chiffres du registre ont changé depuis la rédaction de ce texte : vérifiez le texte, puis cochez la case pour confirmer.
admin-release-numbers = Chiffres modifiés depuis la rédaction du texte
admin-release-numbers-intro = L’encadré des faits, à côté du communiqué, montre le registre au jour de sa publication. Ces rangs ou totaux ne sont pas ceux avec lesquels le texte a été écrit :
admin-release-numbers-confirm = J’ai vérifié le texte : il correspond aux chiffres du registre
feeds-lede = Suivez le registre dans n'importe quel lecteur de flux. Chaque élément a un lien permanent ; les communiqués apparaissent à leur heure de publication, jamais avant. Chaque flux existe en français et en anglais ; un communiqué garde la langue dans laquelle il a été rédigé.
feeds-caption = Les flux et leur contenu
feeds-feed = Flux
feeds-contains = Contenu
feeds-all = Tout : communiqués, signatures, corrections et retraits.
feeds-press = Les communiqués de presse d'Eurocities sur la charte et ses signataires, à leur heure de publication.
feeds-signings = Chaque ville, autorité métropolitaine ou région qui signe la charte.
feeds-changes = Les corrections ajoutées aux communiqués, et les retraits de la charte.
feeds-country = Signatures et communiqués concernant : { $country }.
feeds-edition = Les signataires de l'{ $edition } de la charte.
feed-changes-title = Charte des villes intégratrices : corrections et changements
feed-edition-title = Charte des villes intégratrices : signataires de l’{ $edition }
signing-headline = { $name } signe la Charte des villes intégratrices
feed-signing-description = { $name } ({ $kind }, { $country }) a signé la Charte des villes intégratrices, { $edition }, { $when }
feed-signing-at = { $signing } (événement : { $event }).
feed-signing-end = { $signing }.
signing-on = le { $date }
signing-in = en { $date }
signing-unknown-date = à une date encore inconnue
feed-correction-title = Correction : { $title }
feed-withdrawal-title = { $name } se retire de la Charte des villes intégratrices
feed-category-press = communiqué de presse
feed-category-signing = signature
feed-category-change = correction ou changement
feed-missing = Ce flux n’existe pas.
feed-failed = Le flux n’a pas pu être produit.

## The press release drafted from a signing (written in English: Eurocities releases are)

release-draft-summary = { $name } ({ $country }) a signé la Charte des villes intégratrices.
release-draft-summary-places = { $name } ({ $country }) a signé la Charte des villes intégratrices { $when }, devenant { $places }.
release-draft-body = Avec cette signature, la charte compte { $total } signataires. En signant, { $name } s’engage à appliquer les principes de la charte en tant que décideur politique, prestataire de services, employeur et acheteur de biens et de services.
release-draft-event = La charte a été signée lors de l’événement : { $event }.
release-draft-signed-by = Elle a été signée par { $name }.
release-draft-signed-by-role = Elle a été signée par { $name }, { $role }.

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
field-place = Rang dans l'ordre de tous les signataires (« 31e–32e » quand c'est une fourchette ; vide si l'on ne sait rien de la date) ; place_min et place_max donnent chaque décompte en nombres
field-name = Nom
field-slug = Identifiant stable, qui forme aussi l'adresse de son profil
field-kind = Type
field-country-code = Code ISO 3166-1 alpha-2
field-country = Pays
field-national-capital = Capitale nationale
field-eu-member = Si son pays était membre de l'UE le jour de sa première signature
field-status = Statut
field-signed = Date de sa première signature à sa précision : AAAA-MM-JJ, AAAA-MM, AAAA, ou vide si inconnue
field-edition = Édition de la charte de sa première signature
field-location = Position, en degrés
field-sources = Adresses des sources de sa première signature
field-profile = Adresse de son profil sur ce site
field-totals = Signataires au registre (à la date de la vue) et lignes de cette vue
charter-translation = Ceci est une traduction ; le texte original fait foi.
charter-original-link = Lire l'original

## Messages of forms, query strings and imports

msg-bad-arguments = Les arguments de la requête ne sont pas valides.

msg-edition-choose-original = Choisissez une édition publiée à traduire.
msg-edition-choose-language = Choisissez la langue de la traduction.
msg-edition-same-language = L’édition est déjà dans cette langue : choisissez-en une autre.
msg-edition-translation-exists = Une traduction de cette édition dans cette langue existe déjà : modifiez-la plutôt.
msg-edition-translation-not-created = Aucune traduction n’a été créée : voir ci-dessous.
msg-edition-exists = Une édition { $slug } existe déjà.
msg-edition-title = Écrivez le titre de l’édition (120 caractères au plus).
msg-edition-not-created = Aucune édition n’a été créée : voir ci-dessous.
msg-section-kind = Choisissez le type de la nouvelle section.
msg-section-key = Écrivez une clé courte pour la nouvelle section (a-z, 0-9 et traits d’union), par ex. intro.
msg-section-text = Écrivez le texte de la nouvelle section.
msg-structure-duplicate-key = La clé de section { $key } apparaît deux fois.
msg-structure-role-heading = Le rôle { $key } n’a pas de titre.
msg-structure-role-items = Le rôle { $key } n’a aucun engagement : donnez-en au moins un, un par ligne.
msg-structure-footnote = La note ({ $marker }) est appelée mais n’est pas donnée.
msg-max-chars = Utilisez { $max } caractères au plus.
msg-not-saved = Rien n’a été enregistré : corrigez les champs signalés ci-dessous.
msg-signing-not-saved = La signature n’a pas été enregistrée : corrigez les champs signalés ci-dessous.
msg-invite-created = Invitation pour un nouveau compte { $role } créée. Envoyez ce lien à la personne ; il fonctionne une fois, pendant 7 jours.
msg-unknown-change = Modification inconnue.
msg-import-empty = Collez le CSV, ou choisissez un fichier.
msg-saved = Enregistré.
msg-edition-published = Publiée. Une édition devient l’édition en vigueur, les précédentes restent lisibles ; une traduction s’affiche à la place de son original sur les pages dans sa langue.
msg-only-draft = Seul un brouillon peut être publié.
msg-unknown-action = Action inconnue.
msg-edition-empty = Choisissez une édition.
msg-edition-slug-long = Un nom d’édition a { $max } caractères au plus.
msg-edition-slug-chars = Un nom d’édition ne contient que des minuscules, des chiffres et des traits d’union.
msg-date-not-full = « { $text } » n’est pas une date complète : écrivez-la AAAA-MM-JJ.
msg-date-bad = « { $text } » n’est pas une date : écrivez AAAA-MM-JJ, AAAA-MM ou AAAA.
msg-date-no-such-day = « { $text } » n’est pas un jour du calendrier.
msg-param-yes-no = { $field } doit valoir yes ou no.
msg-param-q = Le texte recherché a 100 caractères au plus.
msg-param-country = country doit être un code ISO de deux lettres, comme FR.
msg-param-kind = kind doit valoir city, metropolitan_authority ou region.
msg-param-status = status doit valoir signed, committed ou withdrawn.
msg-param-year = year doit être une année, comme 2013.
msg-param-edition = edition doit être une édition, comme 2010 ou 2024.
msg-param-sort = sort doit valoir order, name ou country.
msg-param-staff-sort = sort doit être name, country, status ou signings (un - devant inverse l’ordre).
msg-param-release-state = state doit être draft, scheduled ou published.
msg-param-release-sort = sort doit être attention, title, state ou time (un - devant inverse l’ordre).
msg-param-page = page doit être un nombre entier à partir de 1.
msg-param-record-kind = le type d’enregistrement est un mot de lettres et de tirets bas (signatory, signing, press_release…).
msg-param-record-id = l’enregistrement est désigné par son identifiant ou son numéro : lettres, chiffres, traits d’union et tirets bas seulement.
msg-param-from = « du » doit être un jour écrit AAAA-MM-JJ.
msg-param-to = « au » doit être un jour écrit AAAA-MM-JJ.
msg-param-days-order = le jour « du » vient après le jour « au » : inversez-les.
msg-param-as-of = « { $text } » n’est pas un jour : écrivez-le AAAA-MM-JJ (2013-12-18), ou en jour, mois et année.
msg-staff-self = Vous ne pouvez pas désactiver ni rétrograder votre propre compte : demandez à un autre administrateur.
msg-email = Écrivez une adresse électronique, comme nom@eurocities.eu.
msg-person-name = Écrivez un nom de 1 à 100 caractères.
msg-staff-role = { $name } est maintenant { $role }.
msg-staff-disabled = { $name } est désactivé et déconnecté partout.
msg-staff-enabled = { $name } peut de nouveau se connecter.
msg-staff-totp-reset = { $name } configurera un nouvel authentificateur à la prochaine connexion.
msg-role = Choisissez un rôle : administrateur ou rédacteur.
msg-password-short = Utilisez au moins 8 caractères ; quelques mots séparés d’espaces conviennent bien.
msg-password-common = Ce mot de passe est trop courant ou facile à deviner. Choisissez-en un autre.
msg-url = « { $text } » n’est pas une adresse web : écrivez-la en entier, en commençant par https://
msg-signatory-name = Écrivez le nom de la ville, de l’autorité ou de la région.
msg-country = Choisissez le pays.
msg-kind = Choisissez ville, autorité métropolitaine ou région.
msg-signatory-exists = { $name } figure déjà dans le registre : choisissez-la plutôt dans la liste ci-dessus.
msg-signatory-choose = Choisissez un signataire dans la liste, ou « Nouveau signataire ».
msg-signing-edition = Choisissez l’édition qui a été signée.
msg-signing-date = Écrivez la date de la signature : AAAA-MM-JJ, ou AAAA-MM ou AAAA quand seul cela est connu.
msg-position = Écrivez un nombre entier à partir de 1, ou laissez vide.
msg-council-date = Écrivez la date de la décision du conseil sous la forme AAAA-MM-JJ, ou laissez vide.
msg-line = Ligne { $line } : { $message }
msg-source-label-long = Ligne { $line } : utilisez 300 caractères au plus pour un libellé.
msg-release-title = Écrivez le titre.
msg-release-dateline = Écrivez le lieu d’émission (la ville d’où il est envoyé).
msg-release-summary = Écrivez un résumé d’un paragraphe.
msg-release-body = Écrivez le texte.
msg-release-date = Écrivez la date de publication sous la forme AAAA-MM-JJ.
msg-release-time = Écrivez l’heure de publication sous la forme HH:MM (24 heures, heure de Bruxelles).
msg-release-public = Ce communiqué est public : son texte ne change pas en silence. Ajoutez un rectificatif ci-dessous.
msg-release-saved-draft = Enregistré comme brouillon : non public.
msg-release-scheduled = Programmé : public à partir du { $at }. D’ici là, il est sous embargo.
msg-release-published = Publié : le communiqué est public dès maintenant.
msg-correction-reason = Écrivez pourquoi le communiqué est rectifié (300 caractères au plus).
msg-correction-text = Écrivez le rectificatif (5 000 caractères au plus).
msg-correction-not-added = Le rectificatif n’a pas été ajouté : voir ci-dessous.
msg-correction-added = Rectificatif ajouté ; il s’affiche sur le communiqué et est annoncé dans le flux des modifications.
msg-name-120 = Écrivez le nom (120 caractères au plus).
msg-local-names = Écrivez un nom local par ligne : le code de la langue, deux-points et le nom (nl: Brussel) ; la ligne { $line } n’est pas écrite ainsi.
msg-local-names-count = Au plus { $max } autres noms.
msg-latitude = Écrivez la latitude en degrés, entre -90 et 90 (50.8503), ou laissez les deux coordonnées vides.
msg-longitude = Écrivez la longitude en degrés, entre -180 et 180 (4.3517), ou laissez les deux coordonnées vides.
msg-withdrawal-date = Écrivez la date du retrait sous la forme AAAA-MM-JJ.
msg-withdrawal-reason = Écrivez la raison (1 000 caractères au plus) ; elle est affichée publiquement.
msg-already-withdrawn = Ce signataire s’est déjà retiré.
msg-signatory-exists-short = { $name } figure déjà dans le registre.
msg-signatory-not-created = Aucun signataire n’a été créé : voir ci-dessous.
msg-required = Remplissez ce champ.
msg-control-chars = Retirez les caractères de contrôle de ce champ.
msg-wg-as-of = Écrivez à quelle date cette description était valable, sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ.
msg-wg-as-of-future = Cette date est dans le futur : écrivez à quelle date la description était valable.
msg-wg-language = Choisissez la langue dans laquelle le texte est écrit.
msg-wg-person = Écrivez le nom de la personne qui occupe ce rôle, ou laissez aussi le rôle vide.
msg-stale = Rien n’a été enregistré : quelqu’un d’autre a enregistré cette page après que vous l’avez ouverte. Votre texte est conservé ci-dessous ; comparez-le avec la page publique, puis enregistrez de nouveau pour remplacer le sien.
msg-wg-saved = Enregistré. La page publique affiche maintenant le nouveau texte.
msg-email-taken = Un compte existe déjà avec cette adresse : connectez-vous plutôt.

## The CSV import

imp-problem = ligne { $line }, colonne { $column } : { $reason }
imp-slug = « { $value } » n’est pas un identifiant (a-z, 0-9 et traits d’union simples)
imp-name = écrivez le nom (120 caractères au plus)
imp-kind = « { $value } » n’est ni city, ni metropolitan_authority, ni region
imp-country = « { $value } » n’est pas un code de pays connu
imp-status = « { $value } » n’est ni signed, ni committed, ni withdrawn
imp-edition = « { $value } » n’est pas une édition
imp-position = « { $value } » n’est pas un nombre entier à partir de 1
imp-day = « { $value } » n’est pas une date AAAA-MM-JJ
imp-yes-no = « { $value } » ne vaut ni yes ni no
imp-header = ligne 1 : l’en-tête doit être exactement : { $expected } (trouvé : { $found })
imp-unreadable = ligne { $line } : { $error }
imp-too-many = le fichier a plus de { $max } lignes : découpez-le
imp-duplicate = ligne { $line }, colonne slug : le même signataire et la même édition qu’à la ligne { $first }
imp-applied = Importé : { $creates } créé(s), { $changes } modifié(s), { $unchanged } inchangé(s).
imp-dry-run = Essai à blanc : { $creates } seraient créé(s), { $changes } modifié(s), { $unchanged } inchangé(s). Rien n’a encore été écrit.
imp-refused = Rien n’a été importé : { $n ->
        [one] { $n } problème à corriger
       *[other] { $n } problèmes à corriger
    } d’abord.
imp-action-create = nouveau
imp-action-change = modifié
imp-action-unchanged = inchangé
imp-action-problem = problème

## The dashboard’s data-quality list

quality-no-source = Signature sans source
quality-no-source-detail = La signature du { $date } n’a pas de source.
quality-partial-date = Date connue seulement au mois ou à l’année
quality-partial-date-detail = Date de signature : { $date } ; ses rangs peuvent être des fourchettes tant qu'une source ne donne pas le jour.
quality-tie = Signatures du même jour non ordonnées
quality-tie-detail = { $names } ont signé le même jour : indiquez la position de chacun ce jour-là pour fixer leurs places.
quality-unknown-date = Date inconnue
quality-unknown-date-detail = Comptée dans les totaux, mais sans place.

## The places preview of a signing

preview-no-place = { $name } n’obtient aucune place : sa date n’est pas connue. Elle est comptée dans le total de { $total }.
preview-places = { $name } sera { $places }.
preview-total = Le registre comptera { $total } signataires.

## Staff screens

admin-nav-dashboard = Tableau de bord
admin-nav-register = Enregistrer une signature
admin-nav-signatories = Signataires
admin-nav-releases = Communiqués de presse
admin-nav-editions = Éditions
admin-nav-working-group = Groupe de travail
admin-nav-conferences = Conférences
admin-conferences-intro = Les conférences Integrating Cities, telles que la page « À propos » les présente avec les signatures faites à chacune. Une signature est rattachée à une conférence quand son événement commence par le nom de la conférence (« Integrating Cities VI, Tampere »).
admin-conferences-caption = Conférences Integrating Cities, de la plus ancienne à la plus récente
admin-conference = Conférence
admin-conference-place = Lieu
admin-conference-dates = Dates
admin-conference-add = Ajouter une conférence
admin-conference-number = Numéro (en chiffres romains)
admin-conference-number-hint = Comme Eurocities les numérote : VI pour la sixième.
admin-conference-city = Ville
admin-conference-starts = Premier jour
admin-conference-ends = Dernier jour (si elle a duré plusieurs jours)
admin-partial-date-hint = AAAA-MM-JJ, ou AAAA-MM ou AAAA quand la source n’en dit pas plus.
admin-conference-note = Remarque (publique, en anglais)
admin-conference-note-hint = Par exemple : charter launched and signed by 17 mayors.
admin-conference-named = { $n ->
        [0] Aucune signature ne la nomme encore.
        [one] Une signature la nomme.
       *[other] { $n } signatures la nomment.
    }
admin-conference-delete = Supprimer une conférence ajoutée par erreur
admin-conference-delete-intro = Pour une conférence qui n’a pas eu lieu telle que saisie (un doublon, un mauvais numéro). Le journal garde ce qu’elle était.
admin-conference-delete-confirm = Oui, supprimer cette conférence
admin-conference-delete-submit = Supprimer la conférence
admin-conference-delete-not = Impossible de la supprimer ou de la renuméroter tant que des signatures la nomment : la page « À propos » les présente sous elle. Corrigez d’abord l’événement de ces signatures si elles ont été rattachées à la mauvaise conférence.
admin-conference-edit-title = Modifier une conférence
msg-conference-number = Saisissez le numéro de la conférence en chiffres romains (I, II, … X), 10 lettres au plus.
msg-conference-city = Saisissez la ville où elle a eu lieu.
msg-conference-country = Choisissez le pays où elle a eu lieu.
msg-conference-date = Saisissez une date sous la forme AAAA-MM-JJ, AAAA-MM ou AAAA.
msg-conference-ends-before = Le dernier jour précède le premier.
msg-conference-taken = Integrating Cities { $number } figure déjà dans la liste.
msg-conference-number-named = Des signatures nomment cette conférence par son numéro : elle le garde tant qu’elles le font.
msg-conference-saved = Integrating Cities { $number } enregistrée.
msg-conference-delete-confirm = Cochez la case pour confirmer la suppression de cette conférence.
msg-conference-delete-named = Non supprimée : des signatures nomment cette conférence.
msg-conference-deleted = Integrating Cities { $number } est supprimée.
admin-nav-import = Import et export
admin-nav-audit = Journal d'audit
admin-nav-staff = Équipe
admin-nav-label = Équipe Eurocities
role-admin = administrateur
role-editor = rédacteur
admin-logout = Se déconnecter
form-required = obligatoire
form-problem = Il y a un problème
admin-login-title = Connexion de l’équipe
admin-login-intro = Pour l’équipe migration d’Eurocities. Vous aurez aussi besoin du code de votre application d’authentification.
admin-login-failed = Échec de la connexion : l’adresse ou le mot de passe n’est pas le bon, ou le compte est suspendu pendant 15 minutes après des échecs répétés.
admin-login-busy = Trop de connexions sont en cours de vérification. Patientez quelques secondes et réessayez.
admin-code-recovery-hint = Téléphone perdu ? Écrivez plutôt l’un de vos codes de secours (chacun ne sert qu’une fois).
admin-logged-out = Vous êtes déconnecté.
admin-email = Adresse électronique
admin-password = Mot de passe
admin-continue = Continuer
admin-code-enroll-title = Configurez votre authentificateur
admin-code-title = Saisissez votre code
admin-code-failed = Ce code n’a pas fonctionné. Les codes changent toutes les 30 secondes et chacun ne sert qu’une fois : attendez le suivant.
admin-code-enroll-intro = Chaque compte de l’équipe a besoin d’un second facteur. Dans une application d’authentification (comme FreeOTP, Aegis ou Google Authenticator), ajoutez un compte avec cette clé, puis saisissez le code à 6 chiffres qu’elle affiche.
admin-code-key = Clé :
admin-code-qr = Un code QR contenant la clé ci-dessous : scannez-le avec votre application d’authentification.
admin-code-open = Ouvrir dans une application d’authentification sur cet appareil
admin-code-label = Code à 6 chiffres
admin-log-in = Se connecter
admin-setup-title = Créez votre compte
admin-setup-intro = Ce lien crée un compte { $role } puis cesse de fonctionner.
admin-your-name = Votre nom
admin-password-hint = Au moins 8 caractères ; quelques mots séparés d’espaces conviennent bien. Vous pouvez coller depuis un gestionnaire de mots de passe.
admin-create-account = Créer mon compte
admin-count-signatories = { $n ->
        [one] signataire
       *[other] signataires
    }
admin-count-european = { $n ->
        [one] signataire européen
       *[other] signataires européens
    }
admin-count-eu-capitals = { $n ->
        [one] capitale de l’UE
       *[other] capitales de l’UE
    }
admin-count-countries = { $n ->
        [one] pays
       *[other] pays
    }
admin-table-scrolls = Tableau, défile horizontalement sur les petits écrans
admin-audit-when = Quand (UTC)
admin-audit-who = Qui
admin-audit-action = Action
admin-audit-changes = Ce qui a changé
admin-audit-csv = Télécharger ces enregistrements (CSV, toutes les pages)
admin-audit-code = Code de l’action
audit-field-label = { $field } :
audit-login-ok = Connexion
audit-login-failed = Connexion refusée (mot de passe)
audit-login-code-failed = Connexion refusée (code)
audit-login-lockout = Compte verrouillé après des échecs
audit-login-recovery-code = Connexion avec un code de secours
audit-login-refused = Connexion refusée
audit-logout = Déconnexion
audit-account-password = Mot de passe changé par son titulaire
audit-account-recovery-codes = Nouveaux codes de secours
audit-account-reauth-failed = Mot de passe ou code erroné sur son compte
audit-signing-create = Signature enregistrée
audit-signing-update = Signature corrigée
audit-signing-delete = Signature supprimée
audit-signing-hold = Signature retenue
audit-signing-release = Signature libérée
audit-signatory-create = Signataire ajouté
audit-signatory-update = Signataire modifié
audit-signatory-withdraw = Retrait enregistré
audit-signatory-status = Statut du signataire modifié
audit-signatory-delete = Signataire supprimé (ajouté par erreur)
audit-release-create = Communiqué rédigé
audit-release-correct = Rectificatif ajouté à un communiqué
audit-release-save = Communiqué modifié
audit-release-schedule = Communiqué programmé
audit-release-unpublish = Communiqué remis en brouillon
audit-release-held = Communiqué retenu : ses chiffres ont changé
audit-edition-create = Édition créée
audit-edition-update = Édition modifiée
audit-edition-publish = Édition publiée
audit-edition-translate = Édition traduite
audit-edition-delete = Brouillon d’édition supprimé
audit-staff-create = Compte créé
audit-staff-disable = Compte désactivé
audit-staff-enable = Compte réactivé
audit-staff-invite = Invitation envoyée
audit-staff-invite-revoke = Invitation révoquée
audit-staff-reset-totp = Authentification réinitialisée
audit-staff-role = Rôle modifié
audit-statement-create = Déclaration ajoutée
audit-statement-set-aside = Déclaration écartée
audit-statement-restore = Déclaration rétablie
audit-unidentified-create = Signataires non identifiés ajoutés
audit-unidentified-merge = Signataire non identifié identifié
audit-working-group-update = Page du groupe de travail modifiée
audit-conference-create = Conférence ajoutée
audit-conference-update = Conférence modifiée
audit-conference-delete = Conférence supprimée (ajoutée par erreur)
field-website = Site web
field-names = Autres noms
field-latitude = Latitude
field-longitude = Longitude
field-withdrawn-reason = Motif du retrait
field-role = Rôle
field-numbers = Chiffres qui ont changé
field-quotes = Citations
field-contacts = Contacts presse
field-number = Numéro
field-city = Ville
field-starts-on = Premier jour
field-ends-on = Dernier jour
field-note = Remarque publique
admin-audit-record = Enregistrement
admin-audit-before = Avant
admin-audit-after = Après
admin-count-drafts = { $n ->
        [one] brouillon de communiqué
       *[other] brouillons de communiqués
    }
admin-count-scheduled = { $n ->
        [one] programmé (sous embargo)
       *[other] programmés (sous embargo)
    }
admin-latest = Dernières modifications
admin-latest-caption = Les dix derniers enregistrements du journal d’audit
admin-whole-audit = Tout le journal d’audit
admin-history-of = Historique de { $record }
admin-history-link = Historique de cet enregistrement
admin-audit-kind = Type d’enregistrement
admin-audit-all-kinds = Tous les types
admin-audit-id = Enregistrement
admin-audit-id-hint = Son identifiant (paris) ou son numéro, tel que la colonne Enregistrement l’affiche.
admin-audit-from = Du (jour, UTC)
admin-audit-to = Au (jour, UTC)
audit-kind-signatory = Signataire
audit-kind-signing = Signature
audit-kind-press_release = Communiqué de presse
audit-kind-edition = Édition de la charte
audit-kind-staff = Compte d’équipe
audit-kind-staff_invite = Invitation d’accès
audit-kind-working_group = Page du groupe de travail
audit-kind-unidentified_signatory = Signataire non identifié
audit-kind-announced_statement = Déclaration annoncée
audit-kind-conference = Conférence
admin-quality-title = Qualité des données ({ $n })
admin-quality-intro = Ce que le registre ne peut pas confirmer, ou ne compte qu’approximativement. Corrigez les fiches, ou ajoutez ce qui manque.
admin-dashboard-title = Tableau de bord de l’équipe
admin-audit-intro = Chaque modification, qui l’a faite et quand (UTC), avec les valeurs avant et après. Les connexions et déconnexions aussi ; jamais les mots de passe ni les identifiants de session.
admin-audit-all = Toutes les actions
admin-audit-actor = Qui (l’adresse contient)
admin-filter = Filtrer
admin-audit-status = { $total ->
        [one] { $total } enregistrement
       *[other] { $total } enregistrements
    } ; page { $page } sur { $pages }.
admin-audit-caption = Enregistrements d’audit, les plus récents d’abord
admin-pages = Pages
admin-newer = Plus récents
admin-older = Plus anciens
admin-editions-title = Éditions de la charte
edition-status-draft = brouillon
edition-status-published = publiée
edition-status-current = { $status }, en vigueur
admin-editions-caption = Éditions, les plus récentes d’abord
admin-edition = Édition
admin-status = Statut
admin-notes = Notes
admin-edition-translation-of = Traduction ({ $language }) de { $original }.
admin-preamble-missing = Préambule manquant
admin-edition-new = Commencer une nouvelle édition
admin-edition-new-intro = La nouvelle édition commence comme une copie brouillon de l’édition en vigueur. Modifiez-la, prévisualisez-la, puis publiez-la : elle devient l’édition en vigueur et les précédentes restent lisibles.
admin-edition-slug = Année (son adresse)
admin-edition-slug-hint = par ex. 2030
admin-title = Titre
admin-edition-title-hint = par ex. Édition 2030
admin-edition-create = Créer le brouillon
admin-edition-translate = Traduire une édition
admin-edition-translate-intro = La traduction commence comme une copie brouillon du texte de l’édition. Traduisez chaque section, prévisualisez-la, puis publiez-la : les pages dans sa langue l’affichent à la place de l’original, avec un lien vers l’original. Elle ne devient jamais elle-même l’édition en vigueur.
admin-choose-edition = Choisissez une édition
admin-translation-language = Langue de la traduction
admin-choose-language = Choisissez une langue
admin-edition-translate-start = Commencer la traduction
admin-section-first = Au début (par ex. un préambule)
admin-section-last = À la fin
admin-edition-heading = Édition { $slug }
admin-edition-is-translation = Une traduction de l’édition { $original }. La publier l’affiche sur les pages dans sa langue ; elle ne change pas l’édition en vigueur.
admin-status-label = Statut :
admin-preview-published = Prévisualiser comme publié
admin-edition-about = À propos de l’édition
admin-subtitle = Sous-titre
admin-editorial-note = Note éditoriale
admin-editorial-note-hint = Affichée au-dessus du texte, par ex. ce qui manque à la source.
admin-preamble-complete = Le préambule est complet
admin-heading = Titre de section
admin-paragraphs = Paragraphes
admin-paragraphs-hint = Une ligne vide entre les paragraphes.
admin-commitments = Engagements listés
admin-one-per-line = Un par ligne.
section-kind-preamble = préambule
section-kind-role = rôle
section-kind-closing = conclusion
section-kind-note = note
section-kind-footnote = note de bas de page
admin-section-add = Ajouter une section (facultatif)
admin-section-kind = Type
admin-section-none = Pas de nouvelle section
admin-section-key = Clé
admin-section-key-hint = Un nom court, en minuscules sans accents, par ex. intro.
admin-section-where = Où
admin-save = Enregistrer
admin-publish-translation = Publier la traduction
admin-publish-current = Publier comme édition en vigueur
admin-edition-edit-title = Modifier l’édition
admin-edition-preview-notice = Aperçu : voici comment l’édition se lit sur sa page publique.
release-state-draft = Brouillon
release-state-scheduled = Programmé (sous embargo)
release-state-published = Publié
brussels-time = { $day }, { $time } heure de Bruxelles
admin-release-when = Heure de publication : { $at } ({ $left }).
duration-days = { $n ->
        [one] { $n } jour
       *[other] { $n } jours
    }
duration-hours = { $n ->
        [one] { $n } heure
       *[other] { $n } heures
    }
duration-minutes = { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
time-in = dans { $span }
time-ago = il y a { $span }
admin-releases-intro = Les brouillons se rédigent à partir d’une signature enregistrée (« Rédiger un communiqué de presse »). Les communiqués programmés restent sous embargo jusqu’à leur heure.
admin-release-search = Le titre contient
admin-any-state = Tous les états
admin-releases-count = { $n ->
        [one] { $n } communiqué.
       *[other] { $n } communiqués.
    }
admin-releases-caption = Communiqués (par défaut brouillons et programmés d’abord ; un en-tête de colonne trie par celle-ci)
admin-state = État
admin-release-time = Heure de publication
admin-state-label = État :
admin-preview-exact = Prévisualiser exactement comme publié
admin-public-page = Page publique
admin-dateline = Lieu d’émission
admin-dateline-hint = La ville d’où il est envoyé, par ex. Bruxelles.
admin-summary = Résumé
admin-summary-hint = Un paragraphe : les listes et les flux l’affichent.
admin-text = Texte
admin-markdown-hint = Markdown : ligne vide entre les paragraphes, **gras**, [lien](https://…).
admin-notes-editors = Notes aux rédactions
admin-quotes = Citations
admin-people-hint = Chaque citation et chaque contact a son groupe de champs ; un groupe vide est ignoré, et vider un groupe le supprime à l’enregistrement. Enregistrez pour obtenir un groupe vide supplémentaire.
admin-quote-n = Citation { $n }
admin-quote-speaker = Qui l’a dit
admin-quote-role = Sa fonction (par ex. maire de Paris)
admin-quote-text = Ce qui a été dit
admin-contacts = Contacts presse
admin-contact-n = Contact n° { $n }
admin-contact-name = Nom
admin-contact-role = Fonction (par ex. attachée de presse, Eurocities)
admin-contact-email = Adresse électronique
msg-quote-speaker = Indiquez qui l’a dit.
msg-quote-text = Saisissez ce qui a été dit.
msg-contact-name = Saisissez le nom du contact.
msg-contact-email = Saisissez une adresse électronique comme presse@exemple.org.
admin-release-time-legend = Heure de publication (heure de Bruxelles)
admin-date = Date
admin-date-hint = AAAA-MM-JJ
admin-time = Heure
admin-time-hint = HH:MM, sur 24 heures
admin-release-schedule = Publier à l’heure prévue
msg-release-schedule-admin = Enregistré comme brouillon. Un administrateur programme les communiqués : demandez à l’un d’eux de le relire et de le programmer.
admin-release-schedule-by-admin = Un administrateur programme les communiqués : enregistrez vos modifications et demandez à l’un d’eux de le relire et de le programmer.
admin-release-unpublish = Revenir au brouillon
admin-correction-title = Ajouter un rectificatif
admin-correction-intro = Un communiqué public n’est jamais réécrit en silence : un rectificatif s’y affiche avec sa date et sa raison, et il est annoncé dans le flux des modifications.
admin-reason = Raison
admin-correction = Rectificatif
admin-correction-submit = Ajouter le rectificatif
admin-corrections = Rectificatifs
admin-colon =  : 
admin-release-edit-title = Modifier le communiqué de presse
admin-release-preview-notice = Aperçu : voici à quoi ressemblera le communiqué quand il sera public.
admin-name-contains = Le nom contient
admin-search = Rechercher
admin-signatories-count = { $n ->
        [one] { $n } signataire.
       *[other] { $n } signataires.
    }
admin-register-new = Enregistrer une signature (nouveau signataire)
admin-add-committed = Ajouter une ville qui s’est engagée mais n’a pas encore signé
admin-name = Nom
admin-country = Pays
admin-choose-country = Choisissez un pays
admin-choose-kind = Choisissez un type
admin-national-capital = C’est la capitale nationale
admin-website = Site web
admin-website-hint = Commençant par https://
admin-account-title = Votre compte
admin-account-current = Votre mot de passe actuel
admin-account-code = Code de votre application d’authentification
admin-account-code-hint = Les 6 chiffres que votre application affiche maintenant, ou l’un de vos codes de secours inutilisés.
admin-account-password = Changer votre mot de passe
admin-account-password-intro = Vous restez connecté ici ; partout ailleurs où votre compte est connecté, il est déconnecté.
admin-account-new = Nouveau mot de passe
admin-account-new-hint = Au moins 8 caractères ; quelques mots séparés par des espaces conviennent bien.
admin-account-password-submit = Changer le mot de passe
admin-account-codes = Codes de secours
admin-account-codes-intro = Si vous perdez votre téléphone, connectez-vous avec l’un de vos codes de secours à la place du code de l’application : chacun ne sert qu’une fois. Codes inutilisés restants : { $left }. Créer de nouveaux codes désactive les précédents.
admin-account-codes-submit = Créer de nouveaux codes de secours
admin-account-codes-new = Vos nouveaux codes de secours
admin-account-codes-once = Notez-les ou imprimez cette page maintenant et conservez-les en lieu sûr : ils ne sont affichés que cette fois.
msg-account-current-password = Écrivez votre mot de passe actuel.
msg-account-current-password-wrong = Ce n’est pas votre mot de passe actuel.
msg-account-code = Écrivez le code de votre application d’authentification, ou un code de secours.
msg-account-code-wrong = Ce code n’est pas valide : écrivez le code que votre application affiche maintenant, ou un code de secours inutilisé.
msg-account-code-used = Ce code a été utilisé entre-temps : écrivez le code suivant de votre application.
msg-account-locked = Trop de tentatives erronées : votre compte est verrouillé pour un moment. Réessayez plus tard.
msg-account-password-changed = Votre mot de passe est changé. Vos autres sessions sont déconnectées.
msg-account-codes-made = Nouveaux codes de secours créés ; les précédents ne fonctionnent plus.
admin-name-fr = Nom en français
admin-name-fr-hint = Affiché sur les pages en français (Bruxelles, Anvers). Laissez vide s’il est identique au nom anglais.
admin-local-names = Noms locaux
admin-local-names-hint = Les noms que la ville utilise elle-même, un par ligne : code de la langue, deux-points, nom (nl: Brussel). Affichés à côté du nom ; la recherche trouve la ville par chacun d’eux.
admin-coordinates = Position sur la carte
admin-coordinates-hint = En degrés décimaux, comme les donne un site de cartes (Bruxelles : 50.8503, 4.3517). Sans elles, la ville est listée mais pas dessinée sur la carte.
admin-latitude = Latitude
admin-longitude = Longitude
admin-add-signatory = Ajouter le signataire
admin-signatories-caption = Signataires, dans l’ordre de la colonne marquée d’une flèche
admin-any-status = Tous les statuts
admin-any-country = Tous les pays
admin-page-of = Page { $page } sur { $pages }.
admin-list-csv = Télécharger cette liste (CSV, toutes les pages, dans cet ordre)
admin-page-previous = Page précédente
admin-page-next = Page suivante
admin-slug = Nom d’adresse (slug)
admin-id = Numéro
admin-signings = Signatures
admin-actions = Actions
admin-register-of = Enregistrer une signature de { $name }
admin-its-signings = Ses signatures
admin-no-signing-yet = Aucune signature enregistrée pour l’instant.
admin-signing-of-day = { $date } : ouvrir, corriger ou supprimer cette signature
admin-details = Informations
admin-day-order-title = Signatures du { $day } : leur ordre
admin-day-order-intro = { $n } signataires ont signé ce jour-là. Donnez à chacun sa position parmi eux (1 a signé en premier) : leurs places dans chaque décompte en découlent, et les chiffres des communiqués sous embargo sont vérifiés à nouveau.
admin-day-order-position = Position de { $name }
admin-day-order-open = Ouvrir la signature de { $name }
admin-day-order-save = Enregistrer l’ordre
admin-day-order-short = Ordre des signatures d’un jour
msg-param-day = Le jour dans l’adresse s’écrit AAAA-MM-JJ.
msg-day-order-twice = La position { $position } est donnée deux fois : chaque signature a la sienne.
msg-day-order-position = Donnez une position de 1 à { $n }.
msg-day-order-changed = Non enregistré : une signature de ce jour a été modifiée entre-temps. Vérifiez l’ordre à nouveau.
msg-day-order-saved = L’ordre des signatures du { $day } est enregistré ({ $n } modifiées).
admin-signatories-title = Signataires (équipe)
admin-edit-named = Modifier { $name }
admin-public-profile = Profil public
admin-withdraw = Retrait
admin-withdraw-intro = Un signataire retiré garde sa place dans l’historique ; l’annuaire montre le retrait avec sa date et sa raison.
admin-withdrawn-on = Date du retrait
admin-withdrawn-reason = Raison (affichée publiquement)
admin-withdraw-submit = Retirer le signataire
admin-signatory-delete = Supprimer un signataire ajouté par erreur
admin-signatory-delete-intro = Pour une fiche qui n’aurait jamais dû exister (un doublon, une faute de frappe, la mauvaise ville). La suppression l’efface du registre comme si elle n’avait jamais été ajoutée ; le journal garde ce qu’elle était. Une ville qui a signé puis s’est retirée n’est pas une erreur : enregistrez son retrait ci-dessus, pour que sa place dans l’historique demeure.
admin-signatory-delete-confirm = Oui, supprimer ce signataire et ses autres noms
admin-signatory-delete-submit = Supprimer le signataire
admin-signatory-delete-not = Impossible de le supprimer tant qu’une signature ou une déclaration annoncée le nomme : ce sont des faits publics. Si une signature a été saisie par erreur, supprimez-la d’abord depuis son propre écran ; si la ville a quitté la charte, enregistrez un retrait.
msg-signatory-delete-confirm = Cochez la case pour confirmer la suppression de ce signataire.
msg-signatory-delete-referenced = Non supprimé : une signature ou une déclaration annoncée nomme désormais ce signataire.
msg-signatory-deleted = { $name } est supprimé.
admin-signatory-edit-title = Modifier le signataire
admin-new-signatory-option = Nouveau signataire (décrivez-le ci-dessous)
admin-signing-intro = Les champs marqués (obligatoire) doivent être remplis. Utilisez « Aperçu » pour voir les places que cette signature obtiendra avant d’enregistrer.
admin-who-signed = Qui a signé
admin-signatory = Signataire
admin-signatory-hint = Choisissez-le dans la liste s’il figure déjà dans le registre.
admin-new-name = Nom d’un nouveau signataire
admin-new-name-hint = Tel qu’il s’écrit en anglais, par ex. « Vilnius ».
admin-the-signing = La signature
admin-edition-signed = Édition signée
admin-edition-confirmed = Une source confirme quelle édition a été signée
admin-signing-date-hint = AAAA-MM-JJ ; AAAA-MM ou AAAA quand seul cela est connu ; vide quand seule une période est connue (donnez-la ci-dessous).
admin-position = Position ce jour-là
admin-position-hint = Quand plusieurs ont signé le même jour : 1 pour le premier. Sinon, laissez vide.
admin-event = Événement
admin-event-hint = par ex. « conférence Integrating Cities d’Eurocities, Milan »
admin-place = Lieu
admin-signed-by = Signée par
admin-signed-by-hint = La personne qui a signé, par ex. le maire.
admin-signer-title = Sa fonction
admin-council-date = Date de la décision du conseil
admin-council-date-hint = AAAA-MM-JJ, si elle est connue.
admin-sources = Sources
admin-sources-hint = Une par ligne : « libellé | https://adresse », ou seulement l’adresse.
admin-announced = Rang annoncé
admin-announced-hint = Tel que publié, mot pour mot (les communiqués d’Eurocities sont en anglais).
admin-preview-title = Places que cette signature obtiendra
admin-preview-empty = Choisissez qui a signé, l’édition et la date, puis appuyez sur « Aperçu ».
admin-preview-failed = Les places n’ont pas pu être calculées pour l’instant ; appuyez sur « Aperçu ».
admin-preview = Aperçu
admin-save-signing = Enregistrer la signature
admin-signing-saved-title = Signature de { $name }
admin-signing-saved = Publique : elle figure dans l’annuaire.
admin-its-places = Ses places
admin-place-line = { $name } est { $place }.
admin-signing-scheduled = Programmée — publique à partir du { $when } (heure de Bruxelles). D’ici là, elle n’apparaît nulle part en public ; les places ci-dessous sont celles qu’elle prendra.
admin-signing-held = Retenue — elle n’apparaît nulle part en public tant que vous ne la libérez pas ; les places ci-dessous sont celles qu’elle prendra.
admin-signing-hold = Retenir (ne pas publier)
admin-signing-release = Rendre publique
admin-see-profile = Voir le profil public
admin-draft-release = Rédiger un communiqué de presse
admin-open-release = Ouvrir son communiqué de presse
admin-draft-another-release = Rédiger un autre communiqué de presse
admin-release-publish-now = Publier maintenant (l’heure prévue est passée)
msg-release-past = Cette heure est passée : le communiqué serait public immédiatement. Cochez « Publier maintenant » pour confirmer, ou choisissez une heure plus tardive.
msg-release-confirm-now = Non publié : son heure de publication est passée.
msg-release-draft-exists = Cette signature a déjà un communiqué de presse : le voici. Pour en rédiger un autre, utilisez « Rédiger un autre communiqué de presse » sur la page de la signature.
msg-edition-publish-admin = Seul un administrateur peut publier une édition : demandez-lui de la relire et de la publier.
admin-edition-delete = Supprimer ce brouillon d’édition
admin-edition-delete-intro = Pour un brouillon créé par erreur. Il n’a jamais été public : rien de public ne change ; le journal garde ce qu’il était. Une édition publiée n’est jamais supprimée : elle reste lisible, comme le texte que les villes de son époque ont signé.
admin-edition-delete-confirm = Oui, supprimer ce brouillon d’édition et ses sections
admin-edition-delete-submit = Supprimer le brouillon d’édition
msg-edition-delete-confirm = Cochez la case pour confirmer la suppression de ce brouillon d’édition.
msg-edition-delete-not-draft = Seul un brouillon peut être supprimé : cette édition est publiée.
msg-edition-delete-named = Non supprimé : une signature, un signataire non identifié ou une traduction renvoie à cette édition.
msg-edition-deleted = Le brouillon d’édition « { $title } » est supprimé.
admin-signing-saved-short = Une signature
admin-invite-link = Lien d’invitation
admin-staff-caption = Comptes de l’équipe
admin-role = Rôle
admin-account-disabled = désactivé
admin-account-active = actif
admin-account-no-totp = actif, authentificateur non configuré
admin-make-editor = Faire de { $name } un rédacteur
admin-make-admin = Faire de { $name } un administrateur
admin-enable = Réactiver { $name }
admin-disable = Désactiver { $name }
admin-reset-totp = Réinitialiser l’authentificateur de { $name }
admin-invites-pending = Invitations en attente
admin-invites-none = Aucune invitation n’attend d’être utilisée.
admin-invites-caption = Liens d’invitation pas encore utilisés (chacun fonctionne une fois, pendant 7 jours, tant que son auteur est un administrateur actif)
admin-invite-sent-by = Envoyée par
admin-invite-sent-on = Envoyée le
admin-invite-expires = Expire le
admin-invite-revoke = Révoquer l’invitation envoyée par { $sent_by } le { $on }
msg-invite-revoked = L’invitation est révoquée : son lien ne fonctionne plus.
msg-staff-last-admin = Ce changement ne laisserait aucun administrateur actif : un autre administrateur doit rester.
admin-invite = Inviter quelqu’un
admin-role-editor-option = Rédacteur : signataires, signatures, communiqués de presse
admin-role-admin-option = Administrateur : gère aussi l’équipe
admin-invite-submit = Créer un lien d’invitation
admin-export = Export
admin-export-csv = Signataires, signatures et sources (CSV, le format d’import)
admin-export-json = Communiqués de presse avec citations, contacts et rectificatifs (JSON)
admin-import = Import
admin-import-intro = Choisissez ou collez un CSV au format de l’export (une ligne par signature ; le README décrit chaque colonne). « Vérifier » indique ligne par ligne ce qui serait créé ou modifié et chaque problème, sans rien écrire. « Importer » écrit toutes les lignes d’un coup, ou aucune si une ligne a un problème.
admin-csv-file = Fichier CSV
admin-check-file = Vérifier le fichier (essai à blanc)
admin-import-file = Importer le fichier
admin-paste-csv = Ou collez le CSV :
admin-check = Vérifier (essai à blanc)
admin-import-submit = Importer
admin-import-done = Ce qui a été importé
admin-import-would = Ce que l’import ferait
admin-import-problems = { $n ->
        [one] { $n } problème
       *[other] { $n } problèmes
    } : rien n’a été importé
admin-rows = Lignes
admin-line = Ligne
admin-detail = Détail
admin-wg-title = Page du groupe de travail
admin-wg-intro-before = Ce que dit
admin-wg-intro-link = la page publique du groupe de travail
admin-wg-intro-after = . L’enregistrement la modifie aussitôt ; le journal d’audit garde le texte avant et après.
admin-wg-as-of = Description valable au
admin-wg-as-of-hint = Date à laquelle cette description était valable : AAAA, AAAA-MM ou AAAA-MM-JJ. Affichée sur la page.
admin-wg-language = Langue du texte
admin-wg-name = Nom du groupe
admin-wg-summary-hint = Une ou deux phrases sous le nom.
admin-wg-body = Description
admin-wg-objectives-heading = Titre des objectifs
admin-wg-objectives-heading-hint = Par exemple : Objectifs pour 2016
admin-wg-objectives = Objectifs
admin-wg-objectives-hint = Un objectif par ligne.
admin-wg-chair = Présidence
admin-wg-role-city = Fonction et ville
admin-wg-vice-chair = Vice-présidence
admin-wg-contact = Contact au secrétariat d’Eurocities
admin-wg-contact-role = Fonction
admin-wg-office = Bureau
admin-wg-source = Source
admin-wg-source-hint = L’adresse de la page d’où vient ce texte, commençant par https:// (facultatif).
admin-wg-save = Enregistrer la page du groupe de travail

## Staff downloads and uploads, refusals

upload-log-in = Connectez-vous d’abord.
upload-choose-file = Choisissez un fichier CSV.
upload-not-utf8 = Le fichier n’est pas du texte UTF-8 : enregistrez-le en CSV (UTF-8) et réessayez.
upload-failed = L’import a échoué ; rien n’a été écrit.
upload-not-kept = Le rapport n’a pas pu être conservé.
csrf-refused = Refusé : cette requête ne vient pas d’une page de ce site.
export-failed = L’export a échoué ; voir le journal du serveur.

## The signatory badge, the open data and the JSON API

badge-line-1 = Signataire de la
badge-line-2 = Charte des villes intégratrices
badge-line-since = depuis { $year }
badge-description = { $name } est signataire de la Charte des villes intégratrices.
badge-missing = Ce badge n’existe pas.
api-failed = Une erreur s’est produite de notre côté.
api-no-signatory = Ce signataire n’existe pas.
data-licence = Creative Commons Attribution 4.0 (CC BY 4.0) : registre de la Charte des villes intégratrices, Eurocities
file-missing = Ce fichier n’existe pas.
headline-line = Au { $date }, la Charte des villes intégratrices compte { $total } signataires ; { $named } d'entre eux sont nommés dans ce registre.
headline-how = Comment ils sont comptés
profile-range = Dates connues
profile-range-between = entre le { $from } et le { $to }
profile-range-from = pas avant le { $from }
profile-range-to = pas après le { $to }
profile-public-note = À propos de cette signature
statement-agrees = Le registre donne le même nombre.
statement-differs = Le registre donne { $range } là où ce texte dit { $stated }.
totals-unidentified = Dont pas encore identifiés
totals-up-to = { $n } (jusqu'à { $max })
preview-range = Une fourchette de places : une autre signature pourrait venir avant ou après celle-ci — une date connue seulement comme une période, ou des signatures du même jour dont l'ordre n'est pas fixé (renseignez « Position ce jour-là »).
counting-statements = Les nombres annoncés sont des faits
counting-statements-body = Ce qu'Eurocities a annoncé fait partie du dossier. « Paris est la 33e ville européenne » dit qu'exactement 32 signataires européens ont signé avant Paris ; « 42 villes ont signé » le 10 novembre 2022 dit qu'exactement 42 avaient signé ce jour-là. Quand une telle déclaration ne laisse à une signature qu'un seul côté de son point, le registre restreint la période de cette signature à ce côté — sans jamais inventer de nom ni de jour — et les rangs qui suivent deviennent exacts. Des déclarations contradictoires (46 ou 47 signataires en novembre 2022) ne fixent rien tant que le personnel n'a pas tranché, avec une raison qu'il consigne.
directory-unidentified-title = Pas encore identifiés ({ $count })
directory-unidentified-lede = Des signataires que les annonces comptent mais qu'aucune source ne nomme encore. Chacun compte dans tous les totaux et les rangs ; le personnel le remplace par le signataire nommé dès que la recherche le trouve.
directory-unidentified-row = Pas encore identifié
column-european = Européen
column-capital = Capitale nationale
flag-yes = oui
flag-no = non
flag-unknown = inconnu
profile-signed-range = Signé { $range }
admin-nav-record = Le dossier
admin-record-intro = Chaque nombre annoncé par Eurocities ou la presse, vérifié par le registre : retrouvé, possible, ou décalé de combien. Une déclaration cohérente peut fixer une signature d'un seul côté de son point ; ce que chacune a fixé est indiqué en dessous. Des déclarations contradictoires ne fixent rien tant que l'une n'est pas écartée, avec une raison.
admin-record-statements = Déclarations publiées ({ $n })
admin-record-unidentified = Signataires non identifiés ({ $n })
admin-record-unidentified-intro = Des signataires que les déclarations impliquent mais qu'aucune source ne nomme encore. Quand la recherche en trouve un, fusionnez-le avec son signataire nommé : la fiche disparaît et, si le signataire n'a pas encore de signature, il en reçoit une avec les mêmes dates connues.
admin-record-unidentified-n = non identifié n° { $n }
admin-record-reproduced = { $claim } : retrouvé.
admin-record-possible = { $claim } : possible — le registre permet { $min }–{ $max }.
admin-record-fewer = { $claim } : le registre en compte { $gap } de moins que ne l'implique cette déclaration (il donne { $min }–{ $max }).
admin-record-more = { $claim } : le registre en compte { $gap } de plus que ne l'implique cette déclaration (il donne { $min }–{ $max }).
admin-record-unchecked = { $claim } : vérification impossible (pas de rang dans ce décompte).
admin-record-pin-after = { $name } fixé au plus tôt le { $day }.
admin-record-pin-before = { $name } fixé au plus tard le { $day }.
admin-record-conflicts = Contredit { $ids } : aucune ne fixe rien tant que l'une n'est pas écartée.
admin-record-state-reproduced = Retrouvée
admin-record-state-possible = Possible
admin-record-state-differs = Différente
admin-record-state-conflict = Conflit
admin-record-state-set-aside = Écartée
admin-record-state-unchecked = Non vérifiable
admin-record-claims = Affirmations vérifiables
admin-record-no-claims = aucune (pas de nombre avec un jour ou un signataire)
admin-record-claims-hint = Pour le signataire nommé : european=33; eu_capital=15. Pour un total à un jour : overall=42@2022-11-10. Décomptes : overall, european, non_european, eu_capital, national_capital.
admin-record-set-aside-because = Écartée : { $reason }
admin-record-restore = La réutiliser
admin-record-reason = Raison de l'écarter
admin-record-set-aside = Écarter
admin-record-fill = Créer les { $n } signataires non identifiés qu'implique cet écart
admin-record-counted-as = compté comme { $range }
admin-record-flags = Européen : { $european } ; capitale nationale : { $capital } ; capitale de l'UE : { $eu_capital }
admin-record-flags-title = Ce que l'on sait
admin-record-derivation-title = Pourquoi il existe
admin-record-merge-into = Signataire nommé
admin-record-choose = Choisir…
admin-record-merge = Fusionner
admin-record-add = Ajouter une déclaration
admin-record-statement = Déclaration, telle que publiée
admin-record-date = Date
admin-record-date-hint = AAAA-MM-JJ, AAAA-MM ou AAAA
admin-record-source = Source (adresse ou titre)
admin-record-subject = Signataire nommé
admin-record-no-subject = aucun (un total)
admin-record-add-button = Ajouter la déclaration
admin-record-derivation = { $n } signataires au { $day } ont été annoncés ; le registre en comptait { $max } (créés depuis l'écran du dossier).
msg-record-reason = Dites pourquoi la déclaration est écartée.
msg-record-saved = Enregistré.
msg-record-no-gap = Cette déclaration ne laisse plus d'écart à combler.
msg-record-created = { $n } signataires non identifiés créés.
msg-record-merged = Fusionné avec { $name }.
msg-record-merge-named = Seul un signataire non identifié peut être fusionné avec un signataire nommé.
msg-record-statement = Donnez la déclaration telle que publiée.
msg-record-source = Donnez la source.
msg-record-date = Donnez la date de la déclaration.
msg-record-subject = Ce signataire n'est pas dans le registre : choisissez-en un dans la liste, ou aucun.
msg-record-claims = Les affirmations sont illisibles : { $detail }.
msg-record-added = Déclaration ajoutée.
msg-range-day = Donnez un jour au format AAAA-MM-JJ.
msg-range-order = La période finit avant de commencer : « pas après » doit être le même jour ou après « pas avant » et la date.
msg-range-launch = La période finit avant le lancement de la charte (22 février 2010).
admin-not-before = Pas avant
admin-not-before-hint = AAAA-MM-JJ : le premier jour possible de la signature, quand une source le borne (« après le rapport de mars 2013 »).
admin-not-after = Pas après
admin-not-after-hint = AAAA-MM-JJ : le dernier jour possible de la signature.
admin-public-note = Remarque publique
admin-public-note-hint = Une phrase courte que le public lit sur le profil. Les notes de recherche restent sur les écrans du personnel.
stats-record-title = Le registre et les annonces
stats-record-summary = Les signataires au fil du temps, du lancement à aujourd'hui : le registre en compte { $certain } ayant certainement signé et jusqu'à { $possible } ayant peut-être signé ; { $announced } totaux annoncés sont marqués par des points. Le tableau ci-dessous donne chaque total annoncé à côté de celui du registre.
stats-record-caption = La bande foncée : les signataires ayant certainement signé à chaque date ; la bande claire au-dessus : ceux qui ont peut-être signé (leurs dates ne sont connues que comme des périodes). Points : totaux annoncés par Eurocities et la presse.
stats-record-table = Totaux annoncés à côté du total du registre le même jour
stats-record-day = Jour
stats-record-announced = Annoncé
stats-record-registry = Registre (certain–possible)
imp-field-count = { $found } champs au lieu de { $expected } (ou 18, les colonnes d'avant les périodes)
admin-signing-correct = Corriger cette signature
admin-signing-save-correction = Enregistrer la correction
admin-signing-delete-title = Supprimer cette signature
admin-signing-delete-explain = Seulement pour une signature enregistrée par erreur : elle disparaît comme si elle n'avait jamais eu lieu, et tous les rangs suivants remontent ; un signataire créé par le même enregistrement disparaît avec elle. Une ville qui a signé puis s'est retirée n'est pas supprimée : enregistrez plutôt son retrait sur sa page de signataire, pour qu'elle garde sa place dans l'histoire.
admin-signing-delete-confirm = Oui, cette signature a été enregistrée par erreur
admin-signing-delete = Supprimer la signature
msg-signing-updated = Signature corrigée.
msg-signing-delete-confirm = Cochez la case pour confirmer que cette signature était une erreur.
msg-signing-not-deleted = La signature n'a pas été supprimée.
msg-signing-deleted = La signature de { $name } a été supprimée.

## Le processus de signature (issue #18) : /join, /events, corrections suggérées, candidatures
footer-join = Rejoindre la charte
footer-events = Événements
join-eyebrow = Devenir signataire
join-title = Rejoindre la Charte des villes intégratrices
join-lede = Toute ville, autorité métropolitaine ou région européenne peut signer la charte. Voici comment cela se passe, et le formulaire qui lance la démarche.
join-steps = Les étapes
join-step-council = Votre conseil municipal adopte la charte : une délibération engage la ville à en suivre les principes.
join-step-tell = Vous en informez Eurocities avec le formulaire ci-dessous, avant ou après la délibération.
join-step-ceremony = Une cérémonie de signature a lieu, lors d’une conférence Integrating Cities ou dans votre ville, et votre maire signe.
join-step-scan = Votre ville envoie à Eurocities une copie numérisée de la charte signée.
join-step-public = Votre ville rejoint la liste publique des signataires, et Eurocities l’annonce par un communiqué de presse.
join-read-first = Avant de commencer :
join-read-charter = lire la charte
join-read-toolkit = la boîte à outils sur la diversité
join-read-events = les prochains événements
join-form-title = Déclarer l’intention de votre ville de signer
join-form-intro = L’équipe migration d’Eurocities lit chaque déclaration et répond par courriel sous deux semaines. Rien de ce que vous envoyez ici n’est publié.
join-city = Ville, autorité métropolitaine ou région
join-country = Pays
join-choose-country = Choisissez un pays
join-contact-name = Personne à contacter
join-contact-name-hint = À qui l’équipe migration doit écrire, avec sa fonction.
join-contact-email = Courriel de contact
join-decision-date = Date de la délibération
join-decision-date-hint = AAAA-MM-JJ, si le conseil a délibéré.
join-decision-file = La délibération
join-decision-file-hint = Un PDF, PNG ou JPEG de { $mb } Mo au plus. Les photos sont enregistrées sans leurs métadonnées.
join-message = Message
join-message-hint = Ce que l’équipe doit savoir : la cérémonie envisagée, vos questions.
join-honeypot = Laissez ce champ vide
join-privacy = Nous n’utilisons ces coordonnées que pour organiser la signature avec vous.
join-send = Envoyer la déclaration
join-sent-title = Merci : votre déclaration est arrivée
join-sent-body = L’équipe migration d’Eurocities a reçu la déclaration de votre ville et écrira à la personne de contact sous deux semaines.
join-sent-reference = Votre référence :
join-sent-next = L’étape suivante est la délibération, si elle n’a pas encore eu lieu, puis la cérémonie de signature.
join-sent-back = Retour aux étapes
events-eyebrow = Agenda
events-title = Signatures et conférences
events-lede = Les cérémonies de signature annoncées par Eurocities, et les conférences Integrating Cities.
events-subscribe = S’abonner à l’agenda (iCalendar)
events-subscribe-hint = Les applications d’agenda et les outils de planification des rédactions le tiennent à jour.
events-upcoming = À venir
events-none = Aucun événement n’est annoncé pour le moment.
events-past = Conférences passées
events-join = Comment une ville rejoint la charte
events-ceremony-title = { $city } signe la Charte des villes intégratrices
profile-documents = La charte signée
doc-council-decision = Délibération du conseil
doc-signed-charter = Charte signée
doc-is-public = publique sur la fiche
doc-is-staff-only = réservée à l’équipe
doc-make-public = Montrer sur la fiche
doc-make-private = Réserver à l’équipe
doc-delete = Supprimer
correction-title = Suggérer une correction
correction-summary = Une erreur ou un oubli sur cette page ? Dites-le-nous.
correction-what = Ce qui est faux ou manque
correction-what-hint = Par exemple une date, un nom ou une source. L’équipe vérifie chaque suggestion ; rien de ce que vous écrivez ici n’est publié.
correction-source = Source
correction-source-hint = Où le fait exact est publié : une adresse web ou un document.
correction-contact = Votre courriel ou téléphone
correction-contact-hint = Seulement si vous souhaitez une réponse.
correction-send = Envoyer la suggestion
correction-thanks = Merci : votre suggestion est parvenue à l’équipe d’Eurocities.
admin-nav-applications = Candidatures
admin-nav-corrections = Corrections suggérées
admin-waiting-title = Ce qui vous attend
admin-waiting-none = Rien n’attend dans le processus de signature.
admin-signing-documents = Pièces jointes
admin-signing-from-application = Issue de la candidature
admin-signing-scan = Charte signée (copie numérisée)
admin-signing-scan-public = La montrer sur la fiche publique comme source de cette signature (dès que la signature est publique)
admin-signing-scan-add = Ajouter le document
app-list-intro = Le chemin de chaque ville jusqu’à sa signature : une intention déclarée sur /join ou saisie par l’équipe, la délibération, la cérémonie, la signature. Une candidature ouverte attend quelque chose.
app-filter-stage = Étape
app-filter-open = Ouvertes ({ $n })
app-filter-all = Toutes ({ $n })
app-none = Aucune candidature à cette étape.
app-caption = Candidatures (par défaut les plus récentes d’abord ; un en-tête de colonne trie par celle-ci)
app-reference = Référence
app-city = Ville
app-stage = Étape
app-next = Étape suivante
app-ceremony = Cérémonie
app-received = Reçue le
app-contact = Personne de contact
app-message = Leur message
app-documents = Pièces
app-no-documents = Aucune pièce pour l’instant.
app-back = Toutes les candidatures
app-title = { $reference } : { $city }
app-title-short = Candidature { $reference }
app-stage-intent = Intention reçue
app-stage-decision = Délibération enregistrée
app-stage-ceremony = Cérémonie prévue
app-stage-signed = Signée
app-stage-declined = Refusée
app-stage-withdrawn = Retirée
app-next-decision = Enregistrer la délibération
app-next-ceremony = Prévoir la cérémonie
app-next-signing = Enregistrer la signature
app-fact-decision = Délibération
app-fact-ceremony = Cérémonie
app-fact-place = Événement ou lieu
app-fact-signer = Signataire prévu
app-fact-announced = Annoncée sur /events
app-step-decision = Enregistrer la délibération
app-decision-date = Date de la délibération
app-file-hint = Un PDF, PNG ou JPEG de 20 Mo au plus, vérifié d’après son contenu ; les images sont enregistrées sans leurs métadonnées.
app-record-decision = Enregistrer la délibération
app-step-ceremony = Prévoir la cérémonie
app-ceremony-date = Jour de la cérémonie
app-ceremony-date-hint = AAAA-MM-JJ.
app-ceremony-time = Heure (Bruxelles)
app-ceremony-time-hint = HH:MM, si elle est connue.
app-ceremony-place = Événement ou lieu
app-ceremony-place-hint = p. ex. « Conférence Integrating Cities, Milan » ou « Hôtel de ville, Ljubljana ».
app-ceremony-signer = Signataire prévu
app-ceremony-announced = L’annoncer : la montrer sur /events et dans l’agenda
app-plan-ceremony = Enregistrer la cérémonie
app-step-signed = Enregistrer la signature
app-step-signed-intro = Une fois que le maire a signé, enregistrez la signature : le formulaire est prérempli depuis cette candidature, montre les rangs que la ville prendra et relie la signature à cette page. Ajoutez ensuite la copie numérisée de la charte signée sur la page de la signature.
app-register-signing = Enregistrer la signature
app-step-close = Refuser ou retirer
app-outcome = Issue
app-choose-outcome = Choisir
app-reason = Motif
app-reason-hint = Gardé sur cet écran et dans le journal ; jamais public.
app-close = Clore la candidature
app-waiting-intent = { $n ->
    [one] 1 nouvelle intention de signer attend sa délibération
   *[other] { $n } nouvelles intentions de signer attendent leur délibération
}
app-waiting-decision = { $n ->
    [one] 1 candidature attend sa cérémonie
   *[other] { $n } candidatures attendent leur cérémonie
}
app-waiting-ceremony = Cérémonie cette semaine : { $city }, { $date }
app-waiting-corrections = { $n ->
    [one] 1 correction suggérée à vérifier
   *[other] { $n } corrections suggérées à vérifier
}
corrections-intro = Ce que les lecteurs signalent comme faux ou manquant sur une fiche, par le formulaire de chaque fiche. Vérifiez-le d’après les sources, corrigez le registre s’il le faut, puis marquez-le traité.
corrections-none = Aucune suggestion pour l’instant.
corrections-open = en attente
corrections-handled = traitée
corrections-mark-handled = Marquer comme traitée
corrections-reopen = Rouvrir
msg-not-found = Introuvable.
msg-form-unreadable = Le formulaire n’a pas pu être lu : envoyez-le de nouveau.
msg-form-failed = Le formulaire n’a pas pu être enregistré à cause d’un problème de notre côté ; rien n’a été gardé. Réessayez plus tard.
msg-file-empty = Le fichier est vide.
msg-file-too-large = Le fichier dépasse 20 Mo.
msg-file-name = Le nom du fichier contient un chemin de dossier ou des caractères de contrôle : renommez-le et choisissez-le de nouveau.
msg-file-kind = Seuls les fichiers PDF, PNG et JPEG sont acceptés (vérifiés d’après leur contenu, pas leur nom).
msg-file-broken-image = L’image ne peut pas être lue : elle est endommagée ou trop grande (96 millions de pixels au plus).
msg-file-choose = Choisissez un fichier.
msg-file-not-saved = Le document n’a pas été enregistré.
msg-file-saved = { $name } enregistré.
msg-file-public = { $name } figure sur la fiche publique dès que la signature est publique.
msg-file-private = { $name } est désormais réservé à l’équipe.
msg-file-deleted = { $name } supprimé.
msg-join-city = Écrivez le nom de la ville, de l’autorité métropolitaine ou de la région.
msg-join-contact-name = Écrivez le nom de la personne à contacter.
msg-join-control = Retirez les retours à la ligne et les caractères de contrôle.
msg-join-decision-date = Écrivez la date sous la forme AAAA-MM-JJ, p. ex. 2026-11-03.
msg-join-decision-future = La délibération ne peut pas être postérieure à aujourd’hui.
msg-join-not-sent = Votre déclaration n’a pas été envoyée : corrigez les champs ci-dessous (choisissez de nouveau le fichier, s’il y en a un).
msg-join-not-accepted = Ce formulaire n’a pas pu être accepté.
msg-public-limit-sender = Trop de formulaires ont été envoyés depuis votre connexion cette heure-ci : rien n’a été enregistré. Réessayez après { $time } (UTC) ; ce que vous avez écrit est conservé ci-dessous.
msg-public-limit-all = Le site a reçu trop de formulaires cette heure-ci : rien n’a été enregistré. Réessayez après { $time } (UTC) ; ce que vous avez écrit est conservé ci-dessous.
msg-correction-what = Dites ce qui est faux ou manque.
msg-correction-not-sent = Votre suggestion n’a pas été envoyée : corrigez les champs ci-dessous.
msg-correction-handled = Marquée comme traitée.
msg-correction-reopened = Rouverte.
msg-app-gone = La candidature dont est issue cette signature est close ou déjà signée : rien n’a été enregistré.
msg-app-stage-unknown = Cette étape n’existe pas.
msg-app-step-not-now = Cette étape ne suit pas l’état de la candidature ({ $stage }) ; rien n’a été enregistré.
msg-app-ceremony-date = Écrivez le jour de la cérémonie sous la forme AAAA-MM-JJ.
msg-app-ceremony-time = Écrivez l’heure sous la forme HH:MM, p. ex. 11:00.
msg-app-ceremony-place = Écrivez l’événement ou le lieu de la cérémonie.
msg-app-outcome = Choisissez refusée ou retirée.
msg-app-reason = Écrivez le motif.
msg-app-saved = Enregistré : { $stage }.
privacy-applicants = Villes candidates et lecteurs qui suggèrent une correction
privacy-applicants-body = Une ville qui déclare son intention de signer donne le nom et le courriel d’une personne de contact, un message et, si elle le souhaite, sa délibération. Un lecteur qui suggère une correction peut laisser un courriel ou un numéro de téléphone. Seule l’équipe migration d’Eurocities les lit, pour organiser la signature ou vérifier le registre ; ils ne sont jamais publiés, et vous pouvez en demander la suppression à tout moment (voir « Vos droits »).
privacy-applicants-limits = Pour écarter les envois en masse, le serveur compte les formulaires envoyés depuis chaque connexion par heure : il garde une empreinte à sens unique de l’adresse de la connexion, jamais l’adresse elle-même, et l’efface après l’heure.

## Images et documents de presse (issue #18)
photo-credit = Photo : { $credit } · { $licence }
profile-photos = Photos de la signature
coverage-title = Dans la presse
media-eyebrow = Espace presse
media-title = Kit média
media-lede = Qui appeler, des photos de signatures publiables avec leur crédit, et le badge de la charte.
media-contacts = Contacts presse
media-no-contacts = Aucun contact presse n’est encore indiqué : écrivez à Eurocities, Square de Meeûs 1, B-1000 Bruxelles.
media-photos = Photos de signatures
media-no-photos = Aucune photo n’est encore publiée.
media-download = Télécharger l’image en taille réelle
media-badge = Le badge de signataire
media-badge-intro = La fiche de chaque signataire propose son badge, à afficher sur le site de la ville ; il renvoie à la fiche. Par exemple :
media-badge-alt = Exemple de badge de signataire
media-more = Aussi pour les journalistes
media-admin-intro = Les contacts presse que le kit média indique ; un communiqué sans contacts propres nomme ceux-ci.
media-add-contact = Ajouter un contact presse
media-contact-name = Nom et prénom
media-contact-role = Fonction
media-contact-role-hint = p. ex. « Attachée de presse, Eurocities ».
media-contact-email = Courriel
media-contact-phone = Téléphone
media-contact-phone-hint = Avec l’indicatif du pays, p. ex. +32 2 552 08 88.
media-remove = Retirer { $name }
admin-nav-media = Kit média
admin-signing-photos = Photos de la cérémonie
admin-photo-file = Photo de la cérémonie
admin-photo-file-hint = Un PNG ou JPEG de 20 Mo au plus. Elle est enregistrée sans ses métadonnées (position GPS, appareil) et en plusieurs largeurs pour téléphones et écrans.
admin-photo-alt = Texte alternatif
admin-photo-alt-hint = Ce que montre la photo, pour qui ne peut pas la voir : qui, faisant quoi, où.
admin-photo-credit = Crédit
admin-photo-credit-hint = Le photographe ou le détenteur, p. ex. « Ville de Ljubljana / Nik Rovan ».
admin-photo-licence = Licence
admin-photo-licence-hint = p. ex. « CC BY 4.0 » ou « Libre pour la presse au sujet de cette signature ».
admin-photo-add = Ajouter la photo
admin-photo-delete = Supprimer cette photo
admin-coverage-outlet = Média
admin-coverage-date = Date de l’article
admin-coverage-title = Titre de l’article
admin-coverage-url = Adresse de l’article
admin-coverage-language = Langue
admin-coverage-language-hint = Deux lettres : en, fr, sl, de…
admin-coverage-add = Ajouter l’article
msg-photo-alt = Décrivez ce que montre la photo (texte alternatif).
msg-photo-credit = Indiquez le crédit de la photo.
msg-photo-licence = Indiquez la licence de la photo.
msg-photo-kind = Une photo doit être un fichier PNG ou JPEG.
msg-photo-saved = Photo enregistrée.
msg-photo-deleted = Photo supprimée.
msg-coverage-outlet = Indiquez le nom du média.
msg-coverage-date = Écrivez la date de l’article sous la forme AAAA-MM-JJ.
msg-coverage-title = Indiquez le titre de l’article.
msg-coverage-url = Indiquez l’adresse de l’article.
msg-coverage-language = Écrivez la langue en deux lettres, p. ex. fr.
msg-coverage-saved = Article enregistré.
msg-coverage-deleted = Article retiré.
msg-contact-role = Indiquez la fonction du contact.
msg-contact-phone = Écrivez le numéro avec des chiffres, des espaces et + seulement.
msg-contacts-saved = Contacts presse enregistrés.
newsroom-media-link = Kit média : contacts presse, photos, badge
msg-request-too-large = La demande est trop volumineuse : un fichier peut faire 20 Mo au plus. Revenez en arrière et choisissez un fichier plus petit.
app-ceremony-signer-hint = La personne qui signera, p. ex. le maire.
msg-join-country = Choisissez un pays européen.
media-logos = Logos à télécharger
media-logo-download = Télécharger { $name }
media-logo-file = Fichier du logo
media-logo-file-hint = Un PNG ou JPEG de 20 Mo au plus (les fichiers SVG ne sont pas acceptés : ils peuvent contenir des scripts).
media-logo-name = Ce qu’il représente
media-logo-name-hint = p. ex. « Logo d’Eurocities, couleur ». C’est aussi le texte alternatif de l’image.
media-logo-add = Ajouter le logo
msg-logo-name = Dites ce que représente le logo.
msg-logo-saved = Logo ajouté au kit média.
msg-logo-deleted = Logo retiré du kit média.
app-stage-announced = Signée et annoncée

## Listes du processus de signature (ticket #21) : recherche, filtres, ordre, pages, CSV
app-search = Rechercher par ville, pays, référence ou contact
app-count = { $n ->
        [one] { $n } candidature.
       *[other] { $n } candidatures.
    }
msg-param-app-sort = sort doit être received, city, country, stage ou ceremony (un - devant inverse l’ordre).
corrections-search = Rechercher par signataire, texte ou source
corrections-order = Ordre
corrections-sort-waiting = En attente d’abord, les plus récentes d’abord
corrections-sort-newest = Les plus récentes d’abord
corrections-sort-oldest = Les plus anciennes d’abord
corrections-sort-signatory = Par signataire
corrections-count = { $n ->
        [one] { $n } suggestion reçue.
       *[other] { $n } suggestions reçues.
    }
corrections-signatory = Signataire
msg-param-correction-state = state doit être waiting ou handled.
msg-param-correction-sort = sort doit être waiting, received ou signatory (un - devant inverse l’ordre).

## Journal : processus de signature et dossier de presse
audit-application-create = Intention de signer reçue
audit-application-decision = Délibération du conseil enregistrée
audit-application-ceremony = Cérémonie prévue
audit-application-declined = Candidature refusée
audit-application-withdrawn = Candidature retirée
audit-application-signed = Signature enregistrée depuis la candidature
audit-correction-create = Correction suggérée par un lecteur
audit-correction-handled = Suggestion marquée traitée ou rouverte
audit-coverage-create = Article de presse enregistré
audit-coverage-delete = Article de presse supprimé
audit-document-create = Document ajouté
audit-document-delete = Document supprimé
audit-document-visibility = Document rendu public ou réservé à l’équipe
audit-media-contact-create = Contact presse ajouté
audit-media-contact-update = Contact presse modifié
audit-media-contact-delete = Contact presse supprimé
audit-media-logo-create = Logo ajouté au dossier de presse
audit-media-logo-delete = Logo retiré du dossier de presse
audit-photo-create = Photo ajoutée
audit-photo-delete = Photo supprimée
audit-kind-application = Candidature
audit-kind-correction = Suggestion de correction
audit-kind-coverage = Article de presse
audit-kind-document = Document
audit-kind-media_contact = Contact presse
audit-kind-media_logo = Logo du dossier de presse
audit-kind-photo = Photo
media-edit-contact = Modifier ou supprimer { $name }
media-all-contacts = Tous les contacts presse
media-contact-title = Contact presse
media-contact-delete = Supprimer ce contact presse
media-contact-delete-intro = Le contact quitte le dossier de presse et les communiqués qui citent les contacts du dossier. Les communiqués qui comptent cette personne parmi leurs propres contacts la gardent.
media-contact-delete-confirm = Oui, supprimer ce contact presse
media-contact-delete-submit = Supprimer le contact presse
msg-contact-delete-confirm = Cochez la case pour confirmer la suppression.
msg-contact-deleted = { $name } n’est plus contact presse.
corrections-what = Suggestion
corrections-contact = Contact du lecteur
admin-map-pick-title = Choisir l’emplacement sur la carte
admin-map-pick-hint = Cliquez à l’emplacement de la ville : cet écran se rouvre avec sa latitude et sa longitude remplies, à vérifier puis enregistrer (les modifications non enregistrées plus haut ne sont pas gardées). Le point montre les coordonnées du formulaire. Au clavier, saisissez plutôt les coordonnées.
admin-map-pick-alt = Carte de l’Europe : cliquez sur un lieu pour remplir ses coordonnées
admin-map-pick-link = Ou choisir l’emplacement sur la carte
admin-map-picked = Emplacement choisi sur la carte : latitude { $latitude }, longitude { $longitude }. Vérifiez-le puis enregistrez.
admin-map-no-point = Aucun emplacement choisi : cliquez sur la carte avec un pointeur, ou saisissez les coordonnées.
msg-param-pick = Le point choisi sur la carte est illisible : cliquez à l’intérieur de la carte.
og-card-alt = Charte des villes intégratrices : l’emblème de la charte, deux anneaux qui se chevauchent, sur fond bleu.
compare-short-title = En bref
compare-short-reworded = { $n ->
    [one] 1 passage reformulé
   *[other] { $n } passages reformulés
}
compare-short-new = { $n ->
    [one] 1 passage ajouté
   *[other] { $n } passages ajoutés
}
compare-short-dropped = { $n ->
    [one] 1 passage supprimé
   *[other] { $n } passages supprimés
}
compare-short-moved = { $n ->
    [one] 1 passage déplacé dans la liste
   *[other] { $n } passages déplacés dans la liste
}
compare-short-nothing = Rien n’a changé dans les parties que les deux textes contiennent.
compare-short-added = nouveau dans l’{ $to }
compare-short-removed = ne figure plus dans l’{ $to }
compare-short-unchanged = Identiques mot pour mot :
compare-short-not-held = Pas encore comparées :
compare-short-not-held-why = Le registre ne contient pas ces parties de l’{ $from } ; l’équipe peut les ajouter, et cette page les comparera alors.
