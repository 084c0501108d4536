/**
 * Hand-written news-style sentences (written for this project; no third-party text),
 * four per language, for the 24 languages the language target names. Expected codes are
 * BCP 47 primary subtags as the detector returns them.
 */
export const NEWS_SENTENCES: Record<string, string[]> = {
  en: [
    'The central bank raised interest rates for the third time this year.',
    'Police arrested two men after a shooting outside a nightclub on Saturday.',
    'The prime minister will meet European leaders in Brussels next week.',
    'Shares in the carmaker fell sharply after it cut its profit forecast.',
  ],
  fr: [
    'Le gouvernement a présenté mercredi son projet de budget pour l’année prochaine.',
    'Des milliers de manifestants ont défilé dans les rues de Paris samedi.',
    'La banque centrale européenne a maintenu ses taux directeurs inchangés.',
    'Le club lyonnais s’est imposé deux buts à zéro face à Marseille.',
  ],
  de: [
    'Die Bundesregierung will die Steuern für kleine Unternehmen senken.',
    'Bei einem schweren Unfall auf der Autobahn wurden drei Menschen verletzt.',
    'Der Kanzler reist am Donnerstag zu Gesprächen nach Washington.',
    'Die Preise für Energie sind im vergangenen Monat deutlich gestiegen.',
  ],
  es: [
    'El presidente anunció nuevas medidas para frenar la subida de los precios.',
    'Las lluvias torrenciales provocaron inundaciones en varias ciudades del sur.',
    'El equipo madrileño ganó el partido con un gol en el último minuto.',
    'La empresa despedirá a cientos de trabajadores el próximo año.',
  ],
  it: [
    'Il governo ha approvato ieri sera la nuova legge sul lavoro.',
    'Un forte terremoto ha colpito la regione nelle prime ore del mattino.',
    'La squadra di Milano ha vinto il campionato dopo dieci anni.',
    'I prezzi delle case continuano a salire nelle grandi città.',
  ],
  pt: [
    'O governo anunciou um novo pacote de medidas para a economia.',
    'A polícia prendeu três suspeitos depois do assalto ao banco.',
    'O presidente viaja amanhã para uma cimeira em Lisboa.',
    'As exportações de soja cresceram no último trimestre do ano.',
  ],
  nl: [
    'Het kabinet wil volgend jaar meer geld uitgeven aan onderwijs.',
    'De politie heeft een man aangehouden na een steekpartij in Amsterdam.',
    'De werkloosheid is in september opnieuw gedaald, meldt het statistiekbureau.',
    'Het parlement stemde dinsdag in met het nieuwe klimaatakkoord.',
  ],
  ru: [
    'Правительство объявило о повышении пенсий с первого января.',
    'В результате пожара на складе никто не пострадал.',
    'Президент встретился с министром иностранных дел в Кремле.',
    'Курс рубля снизился после решения центрального банка.',
  ],
  uk: [
    'Уряд ухвалив рішення про підвищення мінімальної заробітної плати.',
    'Унаслідок обстрілу було пошкоджено кілька житлових будинків.',
    'Президент зустрівся з делегацією Європейського союзу у Києві.',
    'Ціни на продукти зросли протягом останнього місяця.',
  ],
  pl: [
    'Rząd przyjął projekt ustawy o podwyżkach dla nauczycieli.',
    'W wypadku na drodze krajowej zginęły dwie osoby.',
    'Prezydent spotkał się w środę z premierem w Warszawie.',
    'Inflacja w październiku była niższa, niż oczekiwali ekonomiści.',
  ],
  cs: [
    'Vláda schválila návrh státního rozpočtu na příští rok.',
    'Policie zadržela muže podezřelého z loupeže v centru Prahy.',
    'Ceny energií by měly v zimě znovu vzrůst, varují odborníci.',
    'Fotbalisté Sparty zvítězili v nedělním zápase dvěma góly.',
  ],
  sv: [
    'Regeringen vill sänka skatten för pensionärer nästa år.',
    'Polisen utreder en skottlossning i södra Stockholm under natten.',
    'Arbetslösheten steg något i oktober enligt den nya statistiken.',
    'Statsministern träffade sina nordiska kollegor i Oslo på tisdagen.',
  ],
  da: [
    'Regeringen vil bruge flere penge på sygehusene i de kommende år.',
    'Politiet efterlyser vidner til et røveri i det centrale København.',
    'Renten steg igen, efter at nationalbanken hævede sin udlånsrente.',
    'Landsholdet vandt kampen efter et mål i anden halvleg.',
  ],
  no: [
    'Regjeringen foreslår å øke bevilgningene til forsvaret neste år.',
    'Politiet rykket ut etter en brann i et boligfelt i Bergen i natt.',
    'Strømprisene har steget kraftig de siste ukene, ifølge forbrukerrådet.',
    'Statsministeren sa at forhandlingene vil fortsette over helgen.',
  ],
  fi: [
    'Hallitus esitti uusia leikkauksia valtion talousarvioon.',
    'Poliisi tutkii eilen illalla Helsingissä tapahtunutta ryöstöä.',
    'Työttömyysaste laski syyskuussa, kertoo Tilastokeskus.',
    'Presidentti tapasi Ruotsin pääministerin tiistaina.',
  ],
  tr: [
    'Hükümet asgari ücrete yüzde otuz zam yapılacağını açıkladı.',
    'İstanbul’da meydana gelen trafik kazasında iki kişi yaralandı.',
    'Merkez Bankası faiz oranlarını sabit tutma kararı aldı.',
    'Cumhurbaşkanı yarın Ankara’da yabancı liderlerle görüşecek.',
  ],
  ar: [
    'أعلنت الحكومة عن خطة جديدة لخفض معدلات البطالة بين الشباب.',
    'قتل ثلاثة أشخاص في انفجار وقع في العاصمة صباح اليوم.',
    'التقى وزير الخارجية بنظيره الفرنسي لبحث الأوضاع في المنطقة.',
    'ارتفعت أسعار النفط بعد قرار الدول المنتجة خفض الإنتاج.',
  ],
  he: [
    'הממשלה אישרה את תקציב המדינה לשנה הבאה.',
    'המשטרה עצרה שני חשודים בשוד בתל אביב.',
    'ראש הממשלה נפגש עם שר החוץ האמריקני בירושלים.',
    'מחירי הדירות המשיכו לעלות ברבעון האחרון.',
  ],
  fa: [
    'دولت برنامه جدیدی برای کاهش تورم اعلام کرد.',
    'در پی وقوع زلزله چندین ساختمان در شهر تخریب شد.',
    'وزیر امور خارجه با همتای خود در تهران دیدار کرد.',
    'قیمت دلار در بازار آزاد امروز کاهش یافت.',
  ],
  hi: [
    'सरकार ने किसानों के लिए नई योजना की घोषणा की है।',
    'दिल्ली में भारी बारिश के कारण कई इलाकों में पानी भर गया।',
    'प्रधानमंत्री ने आज विदेशी नेताओं के साथ बैठक की।',
    'शेयर बाजार में आज लगातार तीसरे दिन गिरावट दर्ज की गई।',
  ],
  zh: [
    '政府宣布将进一步降低小企业的税收负担。',
    '昨晚一场大火烧毁了市中心的一座商业大楼。',
    '国家主席今天在北京会见了来访的外国领导人。',
    '今年第三季度的经济增长速度略有放缓。',
  ],
  ja: [
    '政府は来年度の予算案を閣議決定しました。',
    '東京都内で昨夜、大規模な停電が発生しました。',
    '首相は今日、アメリカの大統領と電話で会談しました。',
    '日経平均株価は三日ぶりに値上がりしました。',
  ],
  ko: [
    '정부는 내년도 예산안을 국회에 제출했다.',
    '서울 도심에서 대규모 집회가 열려 교통이 통제됐다.',
    '대통령은 오늘 외국 정상들과 회담을 가졌다.',
    '중앙은행이 기준금리를 동결하기로 결정했다.',
  ],
  el: [
    'Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τα νοικοκυριά.',
    'Ισχυρός σεισμός σημειώθηκε τα ξημερώματα στην Κρήτη.',
    'Ο πρωθυπουργός συναντήθηκε με τον πρόεδρο της Γαλλίας στην Αθήνα.',
    'Οι τιμές των ακινήτων αυξήθηκαν σημαντικά το τελευταίο έτος.',
  ],
};
