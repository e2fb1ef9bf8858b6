# mailsetup en español. Sigue a en.ftl: los mismos mensajes, las mismas variables.
# Los nombres de menús y campos de los programas de correo tal como los muestran sus versiones en español.

## Cabecera, pie, idioma

header-tagline = Configuración de correo saliente (SMTP) que funciona para cualquier dirección, comprobada en directo.
static-title = mailsetup: ajustes SMTP que funcionan para cualquier dirección de correo
static-description = Escriba su dirección de correo: el servidor SMTP, el puerto, la seguridad y el inicio de sesión de su proveedor, los pasos para su programa de correo y una prueba en vivo de los ajustes.
static-loading = Cargando el buscador de ajustes…
static-noscript = mailsetup necesita JavaScript y WebAssembly.
static-panic-title = Algo salió mal
static-panic-text = La página encontró un error interno y se detuvo. Recárguela para empezar de nuevo; la dirección que escribió se conserva en el enlace.
footer-data = Datos de proveedores: investigación propia de mailsetup, la ISPDB de Thunderbird y las notas de proveedores de Delta Chat (ambas con licencia MPL-2.0).
footer-privacy = Nada de lo que escribe sale de esta página hasta que pulsa un botón que lo diga.
language-switch = Idioma
title-provider = Configuración SMTP de { $provider }, comprobada – { $brand }
title-domain = Configuración SMTP para { $domain } – { $brand }
title-start = { $brand }: configuración SMTP que funciona para cualquier dirección de correo

## Listas

list-and = { $first } y { $last }
list-or = { $first } o { $last }

## El campo de dirección y el inicio

address-region = Dirección de correo
address-label = Su dirección de correo o dominio
address-keep-typing = Siga escribiendo…
address-did-you-mean = ¿Quiso decir
address-did-you-mean-end = ?
address-keep-text = No, { $text } es correcto
address-idn = { $unicode } (se escribe { $ascii } en el DNS y en los programas de correo que lo necesitan)
intro-lead = Escriba su dirección para ver el servidor de correo saliente, el puerto, la seguridad y el inicio de sesión de su proveedor, con los pasos para su programa de correo y una prueba en directo.
intro-try = Pruebe con una:

## Copiar

copy = Copiar
copy-done = Copiado
copy-failed = Selecciónelo y cópielo a mano
copy-field = Copiar «{ $field }»
download = Descargar

## Avisos para lectores de pantalla

announce-finished = Prueba terminada. { $summary }
announce-answer = { $provider }: { $host } puerto { $port }, { $security }
announce-no-smtp = { $provider }: sin acceso SMTP
announce-did-you-mean = ¿Quiso decir { $suggestion }?
testing = Probando…

## La tarjeta de respuesta

status-ok = Funciona con su contraseña
status-sign-in = Iniciar sesión con { $name }
status-app-password = Primero, una contraseña de aplicación
status-enable = Primero, activar el acceso
status-api-key = Primero, una clave de API
status-bridge = { $provider } Bridge en su ordenador
status-not-here = No en este programa
status-no-client-access = Sin acceso SMTP
status-guess = Suposición: pruébela
no-smtp = Este proveedor no ofrece SMTP: ningún programa, aplicación ni servidor puede enviar a través de él, así que no hay nada que configurar ni probar. Use sus propias aplicaciones y su correo web.
region-label = Centro de datos:
region-main = No lo sé (el principal)
card-server = Servidor
card-port = Puerto
card-security = Seguridad
card-user-name = Usuario
card-password = Contraseña
card-copy-server = Copiar el nombre del servidor
card-copy-user = Copiar el nombre de usuario
card-copy-all = Copiar todos los ajustes
auth-password = Contraseña normal
auth-password-encrypted = Contraseña cifrada (CRAM-MD5)
auth-app-password = Contraseña de aplicación
auth-api-key = Clave de API o credencial SMTP del servicio
auth-oauth2 = OAuth2 (inicio de sesión con el proveedor)
auth-ntlm = NTLM
auth-gssapi = Kerberos / GSSAPI
auth-client-certificate = Certificado de cliente TLS
auth-client-ip = Ninguna (por dirección de red)
auth-none = Ninguna
test-start = Probar esta configuración
test-again = Probar de nuevo
proof-works-word = Funciona
proof-works = — { $host } puerto { $port }, probado ahora mismo { $from }.
proof-also =
    { $count ->
        [one] El puerto { $ports } también funciona.
       *[other] Los puertos { $ports } también funcionan.
    }
proof-fails-word = No funcionó
proof-unchecked-word = Sin comprobar:
proof-fails = { $from }: { $summary }
scope = Se conecta a { $targets } y llega hasta el inicio de sesión, sin iniciar sesión ni enviar correo.
scope-target =
    { $count ->
        [one] { $host } en el puerto { $ports }
       *[other] { $host } en los puertos { $ports }
    }
scope-and-to = {" "}y a{" "}
from-this-computer = desde este ordenador
from-place = desde { $place }
from-proxy-network = desde la red del proxy
audience-local = el proxy de pruebas de este ordenador
audience-place = el proxy de pruebas en { $place } (gestionado por el responsable de este sitio)
audience-operator = el proxy de pruebas de este sitio (gestionado por su responsable)
no-test-no-proxy = La prueba en directo necesita el proxy de pruebas, y esta página no está conectada a ninguno. Arránquelo usted mismo con `cargo xtask serve` (o `probe-proxy serve`) y abra la página que sirve.
no-test-checking = Consultando el proxy de pruebas…
no-test-unavailable = El proxy de pruebas no está disponible ahora, así que esta configuración no se puede probar aquí.
no-test-ports = Este proxy no prueba los puertos de esta configuración.

## El primer paso

first-step-link = Instrucciones paso a paso
first-step-minutes =
    { $minutes ->
        [one] 1 minuto aprox.
       *[other] { $minutes } minutos aprox.
    }
first-step-count =
    { $count ->
        [one] El paso
       *[other] Los { $count } pasos
    }
first-app-password = Primero, cree una contraseña de aplicación
first-app-password-1 = Abra las instrucciones e inicie sesión en su cuenta de { $provider }.
first-app-password-2 = Si se lo pide, active antes la verificación en dos pasos: las contraseñas de aplicación la necesitan.
first-app-password-3 = Cree una contraseña de aplicación con el nombre de su programa de correo y cópiela.
first-app-password-4 = Úsela como contraseña aquí y en su programa de correo, no su contraseña normal.
first-enable = Primero, active el acceso para programas de correo
first-enable-1 = Inicie sesión en el correo web de { $provider } y abra su configuración.
first-enable-2 = Active el acceso para programas de correo (IMAP, POP o SMTP), como indican las instrucciones.
first-enable-3 = Guarde y luego pruebe abajo.
first-sign-in-3 = Permita el acceso al programa: él mismo rellena la configuración del servidor. No hay nada que crear antes.
first-sign-in-2 = Inicie sesión en la página de { $name } que se abre, con su contraseña y su segundo paso si lo tiene.
first-sign-in-1 = En { $program }, añada su cuenta: ofrece iniciar sesión con { $name }.
first-sign-in = Inicie sesión con { $name } en { $program }
first-bridge = Primero, instale el bridge del proveedor
first-bridge-1 = Instale el programa bridge de { $provider } en este ordenador.
first-bridge-2 = Inicie sesión en él: le muestra un servidor, un puerto, un usuario y una contraseña para su programa de correo.
first-bridge-3 = Use esos datos en su programa de correo: el bridge envía su correo.
first-api-key-3 = Use el nombre de usuario que se muestra aquí y la clave como contraseña, en su aplicación o servidor.
first-api-key-2 = Cree una clave o credencial SMTP que pueda enviar correo y cópiela: solo se muestra una vez.
first-api-key-1 = Inicie sesión en { $provider } y abra sus ajustes de claves de API o SMTP.
first-api-key = Primero, cree una clave de API
first-retiring = El inicio de sesión con contraseña va a desaparecer
first-retiring-1 = Configure la cuenta con el inicio de sesión propio de { $provider } (OAuth2) donde su programa lo ofrezca.
first-retiring-2 = Tenga a mano las instrucciones: el inicio de sesión con contraseña dejará de funcionar cuando lo diga el proveedor.

## Guías: los programas, la vía rápida y el marco

client-thunderbird = Thunderbird
client-outlook = Outlook (clásico)
client-new-outlook = Nuevo Outlook
client-gmail-send-as = Gmail «Enviar como»
client-apple-mail = Apple Mail (Mac)
client-ios = iPhone / iPad
client-android-gmail = Android (app de Gmail)
client-thunderbird-android = Thunderbird para Android
client-other = Otro programa
guides-title = Configúrelo paso a paso
guides-program = Programa de correo:
guides-program-list = Programa de correo
guides-steps = Los pasos
rooms-label = También en esta página
room-person-tab = Configurar
room-developers-tab = Desarrolladores
room-owner-tab = Propietario del dominio
room-developers = Para desarrolladores y administradores
room-developers-what = Todos los servidores, archivos, código, comandos de prueba, servicios de envío
room-owner = Para el propietario de { $domain }
room-owner-what = Archivos y registros DNS que configuran los programas de correo; esta página en su portal de ayuda
guides-steps-by-hand = O introdúzcalo todo a mano
profile-title = La vía rápida: un perfil que lo configura todo
profile-ios = Abra esta página en el iPhone o iPad con Safari y toque el botón de abajo. Luego abra Ajustes: arriba aparece «Perfil descargado» (o en General → VPN y gestión de dispositivos). Tóquelo y luego toque Instalar; ahí se le pedirá la contraseña.
profile-mac = Descargue el perfil y ábralo. Luego abra Ajustes del Sistema, búsquelo en General → Gestión de dispositivos (en macOS anteriores: Privacidad y seguridad → Perfiles) e instálelo allí; entonces se le pedirá la contraseña.
profile-unsigned = { $system } marca el perfil como «No firmado» o «No verificado». Solo significa que ningún certificado de una empresa respalda el archivo: esta página lo creó para su dirección, en su dispositivo, y no contiene ninguna contraseña. Antes de instalarlo, compruebe que menciona { $host }.
profile-qr = ¿En un ordenador? Escanee este código con la cámara del iPhone para abrir allí esta página.
guide-title = Configurar { $address } en { $program }
quick-ios = La vía rápida: Ajustes → Apps → Mail → Cuentas de correo → Añadir cuenta → { $name }, e inicie sesión como { $address }. El iPhone lo configura todo solo.
quick-apple-mail = La vía rápida: Mail → Añadir cuenta → { $name }, e inicie sesión como { $address }. Mail lo configura todo solo.
quick-thunderbird = La vía rápida: añada una cuenta de correo existente con su nombre y { $address }, deje la contraseña vacía y deje que Thunderbird busque la configuración; abrirá la página de inicio de sesión de { $name }. Sin datos de servidor que escribir.
quick-thunderbird-android = La vía rápida: añada una cuenta con { $address }; Thunderbird encuentra la configuración y ofrece iniciar sesión con { $name }. Sin datos de servidor que escribir.
quick-android-gmail-google = Su cuenta de Gmail ya está ahí: la app de Gmail envía con ella.
quick-android-gmail = La vía rápida: app de Gmail → su foto → Añadir otra cuenta → { $name }, e inicie sesión como { $address }.
quick-outlook = La vía rápida: añada la cuenta solo con { $address }; Outlook reconoce { $name } y abre su página de inicio de sesión.

## Guías: notas

guide-note-app-password = Cree primero una contraseña de aplicación en { $provider } (el primer paso de arriba muestra cómo); su contraseña normal será rechazada.
guide-note-guessed = Estos servidores son suposiciones a partir de los nombres habituales; pruébelos abajo antes de fiarse de ellos.
guide-note-api-key = { $provider } es un servicio de envío para aplicaciones y servidores: el nombre de usuario es { $user }, y la contraseña, una clave de API o credencial SMTP que se crea en sus ajustes.
guide-note-bridge = { $provider } llega a los programas de correo a través de su Bridge en este ordenador: instálelo, inicie sesión en él y use el nombre de usuario y la contraseña que muestra. Los servidores de abajo son los del Bridge.
guide-note-enable = Active primero el acceso de los programas de correo en los ajustes de { $provider }; después funcionará su contraseña normal.

## Guías: nombres de los campos, tal como los muestran los programas

guide-label-full-name = Su nombre completo
guide-label-email = Dirección de correo electrónico
guide-label-password = Contraseña
guide-label-protocol = Protocolo
guide-label-hostname = Nombre del servidor
guide-label-port = Puerto
guide-label-connection-security = Seguridad de la conexión
guide-label-auth-method = Método de identificación
guide-label-username = Nombre de usuario
guide-label-user-name = Nombre de usuario
guide-label-server = Servidor
guide-label-encryption-method = Método de cifrado
guide-label-spa = Requerir inicio de sesión utilizando Autenticación de contraseña segura (SPA)
guide-label-incoming-server = Servidor de correo entrante
guide-label-outgoing-server = Servidor de correo saliente
guide-label-smtp-server = Servidor SMTP
guide-label-secure-connection-type = Tipo de conexión segura
guide-label-connection = Conexión
guide-label-account-type = Tipo de cuenta
guide-label-use-tls = Usar TLS/SSL
guide-label-use-ssl = Usar SSL
guide-label-authentication = Autenticación
guide-label-ios-incoming-host = Servidor de correo entrante: Nombre de host
guide-label-ios-incoming-user = Servidor de correo entrante: Nombre de usuario
guide-label-ios-outgoing-host = Servidor de correo saliente: Nombre de host
guide-label-ios-outgoing-user = Servidor de correo saliente: Nombre de usuario
guide-label-server-port = Puerto del servidor
guide-label-security = Seguridad
guide-label-security-type = Tipo de seguridad

## Guías: opciones que elegir, en palabras

guide-value-full-name = el nombre que ven los demás
guide-value-app-password = una contraseña de aplicación
guide-value-your-password = la contraseña de su correo
guide-value-api-key = la clave de API o credencial SMTP del servicio
guide-value-bridge-password = la contraseña que muestra el Bridge
guide-value-password-sign-in = nada: el programa abre la página de inicio de sesión del proveedor
guide-value-auth-oauth2 = OAuth2
guide-value-auth-encrypted = Contraseña cifrada
guide-value-auth-ntlm = NTLM
guide-value-auth-gssapi = Kerberos / GSSAPI
guide-value-auth-certificate = Certificado TLS
guide-value-auth-none = Sin identificación
guide-value-auth-normal = Contraseña normal
guide-value-auth-password = Contraseña
guide-value-on = activado
guide-value-off = desactivado
guide-value-gmail-ssl = Conexión segura mediante SSL
guide-value-gmail-tls = Conexión segura mediante TLS

## Guías: los pasos

guide-thunderbird-open = Abra el menú ≡ → Configuración de las cuentas → Operaciones sobre la cuenta → Añadir cuenta de correo.
guide-thunderbird-password = Escriba la contraseña y haga clic en «Configurar manualmente».
guide-thunderbird-incoming = En SERVIDOR ENTRANTE, ponga:
guide-thunderbird-outgoing = En SERVIDOR SALIENTE, ponga:
guide-thunderbird-done = Haga clic en «Volver a probar» y luego en «Hecho».
guide-outlook-open = Elija Archivo → Agregar cuenta.
guide-outlook-manual = Escriba su dirección, abra «Opciones avanzadas», marque «Permitirme configurar manualmente mi cuenta» y haga clic en Conectar.
guide-outlook-choose = Elija { $protocol }.
guide-outlook-incoming = Correo entrante:
guide-outlook-outgoing = Correo saliente:
guide-outlook-password = Haga clic en Siguiente, escriba la contraseña y haga clic en Conectar.
guide-outlook-if-sending-fails = Si más tarde falla el envío: Archivo → Configuración de la cuenta → Configuración de la cuenta → su cuenta → Cambiar → Más configuraciones → Servidor de salida, y marque «Mi servidor de salida (SMTP) requiere autenticación» con «Utilizar la misma configuración que mi servidor de correo de entrada».
guide-new-outlook-open = Abra Configuración (el engranaje) → Cuentas → Cuentas de correo electrónico → Agregar cuenta.
guide-new-outlook-address = Escriba su dirección y haga clic en Continuar.
guide-new-outlook-imap = Si Outlook ofrece elegir, escoja IMAP («Sincronizar con IMAP») y luego «Mostrar más» para ver todos los campos.
guide-new-outlook-incoming = Servidor entrante ({ $protocol }):
guide-new-outlook-outgoing = Servidor saliente (SMTP):
guide-new-outlook-continue = Haga clic en Continuar.
guide-gmail-open = En Gmail en la web, abra Configuración (el engranaje) → Ver todos los ajustes → Cuentas e importación.
guide-gmail-add-address = Junto a «Enviar como», haga clic en «Añadir otra dirección de correo electrónico», escriba el nombre y la dirección y haga clic en Siguiente paso.
guide-gmail-smtp = Rellene el servidor SMTP:
guide-gmail-confirm = Haga clic en Añadir cuenta. Gmail envía un mensaje con un código de confirmación a esa dirección: ábralo en ese buzón y confirme.
guide-apple-mail-open = En Mail, elija Mail → Añadir cuenta → Otra cuenta de Mail → Continuar.
guide-apple-mail-sign-in = Escriba el nombre, la dirección y la contraseña, y haga clic en Iniciar sesión.
guide-apple-mail-servers = Si Mail no encuentra los servidores, se los pide:
guide-apple-mail-check = Después revise el servidor de salida: Mail → Ajustes → Cuentas → su cuenta → Ajustes del servidor. En Servidor de correo saliente, desmarque «Gestionar automáticamente los ajustes de conexión» y ponga:
guide-ios-open = Abra Ajustes → Apps → Mail → Cuentas de correo → Añadir cuenta → Otra → Añadir cuenta de correo (iOS antiguo: Ajustes → Mail → Cuentas).
guide-ios-sign-in = Escriba el nombre, la dirección y la contraseña, y toque Siguiente.
guide-ios-servers = Elija { $protocol } y rellene los dos servidores:
guide-ios-check = Toque Siguiente y luego Guardar. Para revisar el puerto: su cuenta → Cuenta → Servidor de correo saliente (SMTP) → el servidor principal:
guide-android-gmail-open = En la app de Gmail, toque su foto de perfil → Añadir otra cuenta → Otra, escriba la dirección y toque «Configuración manual».
guide-android-gmail-personal = Elija «Personal ({ $protocol })» y escriba la contraseña.
guide-android-gmail-incoming = Configuración del servidor entrante:
guide-android-gmail-outgoing = Configuración del servidor saliente (deje activado «Requerir inicio de sesión»):
guide-thunderbird-android-open = Abra Thunderbird, toque Añadir cuenta, escriba la dirección y, si no encuentra los servidores, elija «Configuración manual».
guide-thunderbird-android-incoming = Servidor entrante:
guide-thunderbird-android-outgoing = Servidor saliente:
guide-other-outgoing = Correo saliente (SMTP):
guide-other-alternative = Si ese puerto está bloqueado en su red, el otro:
guide-other-incoming = Correo entrante ({ $protocol }):

## ¿Qué puerto?

explainer-title = ¿Qué puerto? 465, 587 o 25
explainer-465 = 465 — SSL/TLS (TLS implícito)
explainer-465-text = La conexión va cifrada desde el primer byte. La RFC 8314 (2018) lo recomienda para los programas que envían correo: no está obsoleto, es el preferido. Úselo si su proveedor lo ofrece.
explainer-587 = 587 — STARTTLS
explainer-587-text = El puerto habitual de envío: la conexión empieza en texto claro y pasa a cifrado con la orden STARTTLS antes de iniciar sesión. Seguro si el programa exige STARTTLS; úselo cuando 465 no esté disponible o esté bloqueado.
explainer-25 = 25 — retransmisión entre servidores
explainer-25-text = Los servidores de correo se pasan el correo por el puerto 25. Los programas de correo no deberían: muchos proveedores de internet y de nube bloquean el puerto 25 de salida contra el spam, y muchos servidores no admiten ahí ningún inicio de sesión.
explainer-modes = «SSL/TLS» y «STARTTLS» en la configuración de un programa de correo son exactamente estos dos modos. «Ninguna» envía su contraseña legible para cualquiera por el camino: no la use nunca.

## Resultados de la prueba

probe-title = Resultados de la prueba
probe-details = Detalles: pasos, tiempos, certificado, transcripción
probe-total = { $host }: todos los puertos probados a la vez en { $ms } ms.
probe-cached = (Repetición de una prueba del último minuto, así que se muestra el resultado anterior.)
matrix-label = Resultados de la prueba por puerto
matrix-reachable = Accesible
matrix-encrypted = Cifrado
matrix-certificate = Certificado
matrix-login = Inicio de sesión tras cifrar
cell-not-tested = Sin probar
cell-testing = Probando…
cell-yes = Sí
cell-no = No
cell-failed = Falló
cell-no-starttls = Sin STARTTLS
cell-valid = Válido
cell-expires =
    { $days ->
        [one] Caduca en { $days } día
       *[other] Caduca en { $days } días
    }
cell-expired = Caducado
cell-wrong-name = Nombre erróneo
cell-not-trusted = No fiable
cell-not-offered = No se ofrece
cell-login-offered = Sí: { $mechanisms }
use-instead = Usar esto en su lugar
use-instead-label = Usar { $host } puerto { $port } con { $security }
fix-server-name = Para { $host }: ponga como servidor { $name }, el nombre de su certificado.
fix-security = Para { $host } puerto { $port }: ponga la seguridad de la conexión en { $security }.
summary-none-tested = No se pudo probar ningún puerto.
summary-none-works = Ninguna de estas configuraciones funciona. { $reasons }.
summary-no-such-servers = No existe ninguno de los nombres de servidor de correo habituales para { $domain }: revise cómo está escrita la dirección, y si { $domain } recibe correo.
summary-not-checked = { $reasons }. No se pudo comprobar desde aquí, así que esto no dice nada en contra de estos ajustes; inténtelo más tarde.
reason-proxy-lookup = El proxy de prueba no pudo resolver { $host } en este momento
summary-use-port = Use el { $port }.
summary-use-host = Use { $host } puerto { $port }.
summary-also-works =
    { $count ->
        [one] El { $ports } también funciona.
       *[other] { $ports } también funcionan.
    }
summary-also-there =
    { $count ->
        [one] El puerto { $ports } también funciona ahí.
       *[other] Los puertos { $ports } también funcionan ahí.
    }
summary-host-also =
    { $count ->
        [one] { $host } puerto { $ports } también funciona.
       *[other] { $host } puertos { $ports } también funcionan.
    }
where-local = La prueba se hizo desde este ordenador (el proxy funciona aquí), así que muestra lo que permite su propia red.
where-remote = La prueba se hizo desde { $place }, no desde su ordenador: su propia red puede bloquear puertos a los que él llega. Los comandos de «Probar desde su ordenador» comprueban desde donde está usted.
where-proxy-network = la red del proxy
host-port = { $host } puerto { $port }
step-limit = un paso puede durar hasta { $seconds } s
so-far = { $seconds } s hasta ahora
ms = { $ms } ms
transcript = Transcripción ({ $ms } ms en total)
transcript-of = Transcripción de { $host } puerto { $port }
mark-done = hecho
mark-failed = falló
mark-skipped = omitido
mark-running = en curso
mark-waiting = en espera
step-resolve = Buscar la dirección
step-connect = Conectar
step-tls = Negociación TLS
step-greeting = Saludo del servidor
step-ehlo = EHLO
step-starttls = STARTTLS
step-ehlo-tls = EHLO dentro de TLS
step-login = Iniciar sesión
step-test-message = Enviar un mensaje de prueba
step-quit = QUIT
step-other = Otro paso
auth-before-tls = Inicio de sesión ofrecido antes de cifrar
auth-after-tls = Inicio de sesión ofrecido después de cifrar
auth-not-asked = no consultado
auth-none-offered = ninguno
cert-encryption = Cifrado
cert-certificate = Certificado
cert-names = Nombres que incluye
cert-issuer = Emitido por
cert-valid-until = Válido hasta
cert-until =
    { $days ->
        [one] { $date } (queda { $days } día)
       *[other] { $date } (quedan { $days } días)
    }
cert-valid = válido
cert-expires-soon =
    { $days ->
        [one] válido, pero caduca en { $days } día
       *[other] válido, pero caduca en { $days } días
    }
cert-expired = caducado
cert-wrong-name = emitido para { $names }, no para el nombre de servidor que usa
cert-untrusted = no es de una autoridad en la que confíen los programas de correo

## El veredicto de un puerto

headline-works = El puerto { $port } funciona: { $mode }, { $cert }, { $login }.
headline-warnings = El puerto { $port } funciona, con advertencias: { $mode }, { $cert }, { $login }.
headline-not-usable = El puerto { $port } no se puede usar: { $problem }.
headline-cert-trusted = { $version }, certificado de confianza
headline-cert-problem = { $version }, problema con el certificado
headline-no-tls = sin TLS
headline-login-offered = inicio de sesión tras cifrar ({ $mechanisms })
headline-no-login = no ofrece inicio de sesión
headline-login-works = su inicio de sesión como { $user } funciona
headline-message-accepted = su inicio de sesión funciona y el mensaje de prueba a { $to } fue aceptado

## Hallazgos: qué encontró la prueba y qué hacer

finding-said = El servidor respondió: { $said }
finding-resolve-failed = El nombre del servidor no se resuelve
finding-resolve-failed-advice = Revise cómo está escrito el nombre del servidor. Si es correcto, el DNS del proveedor está fallando; inténtelo más tarde.
finding-not-allowed = Este proxy no prueba esa dirección o ese puerto
finding-not-allowed-advice = Los proxys públicos solo prueban servidores de correo públicos en puertos de correo. Para probar un servidor de su propia red, arranque el proxy usted mismo (`probe-proxy serve --allow-private-targets`).
finding-connection-refused = Nadie acepta conexiones en el puerto { $port }
finding-connection-refused-advice = El servidor rechazó la conexión: no ofrece este puerto. Revise el número de puerto; los proveedores suelen ofrecer 465 (SSL/TLS) y/o 587 (STARTTLS).
finding-port-filtered = Sin respuesta en el puerto { $port }: parece bloqueado
finding-port-filtered-advice =
    { $port ->
        [25] Las conexiones al puerto 25 desaparecen sin respuesta, que es lo que hace un cortafuegos. La mayoría de los proveedores de internet domésticos y de nube bloquean el puerto 25 de salida; use el puerto 465 o 587.
       *[other] Las conexiones desaparecen sin respuesta, que es lo que hace un cortafuegos. Un cortafuegos en la red desde la que se hizo la prueba, o en el proveedor, descarta este puerto. Pruebe el otro puerto de envío, o pruebe desde otra red (la zona wifi del móvil) para saber qué lado lo bloquea.
    }
finding-unreachable = No se puede llegar al servidor
finding-unreachable-advice = No hay ruta de red hasta él desde donde se hizo la prueba. Revise el nombre del servidor; si es correcto, el servidor o su red están caídos.
finding-greeting-timeout = El servidor nunca saludó
finding-greeting-timeout-advice = Aceptó la conexión pero se quedó callado. Si este puerto usa SSL/TLS desde el principio (como el 465), elija SSL/TLS en lugar de STARTTLS. Si no, el servidor está sobrecargado.
finding-timeout = El servidor dejó de responder en «{ $step }»
finding-timeout-advice = Tardó más que el límite de tiempo. Un servidor ocupado o defectuoso, o un equipo intermedio que interfiere con el correo; inténtelo más tarde.
finding-closed = El servidor colgó durante «{ $step }»
finding-closed-advice = Cerró la conexión sin una respuesta correcta, a menudo porque no se fía de la dirección desde la que llegó la prueba.
finding-refused = El servidor rechazó la conexión ({ $said })
finding-refused-advice = Un 554 significa que no quiere hablar con la dirección desde la que llegó la prueba (a menudo por una lista de bloqueo); un 421, que está ocupado o limita las conexiones; inténtelo más tarde.
finding-not-smtp = En el puerto { $port } responde algo que no es un servidor de correo
finding-not-smtp-advice = Revise el puerto y el nombre del servidor: esto no es un servicio SMTP.
finding-wrong-security-mode =
    { $security ->
        [implicit] El puerto { $port } empieza en texto claro: usa STARTTLS, no SSL/TLS
       *[other] El puerto { $port } espera TLS desde el primer byte: usa SSL/TLS, no STARTTLS
    }
finding-wrong-security-mode-advice = Cambie la seguridad de la conexión en su programa de correo para que coincida.
finding-protocol-error = Las respuestas del servidor incumplen las reglas de SMTP
finding-protocol-error-advice = Sus respuestas están mal formadas o son demasiado largas. Los programas de correo pueden fallar de formas raras; avise a quien gestiona el servidor.
finding-no-starttls = El puerto { $port } no ofrece cifrado (sin STARTTLS)
finding-no-starttls-advice = Su contraseña y su correo viajarían legibles para cualquiera. Use el puerto 465 (SSL/TLS) si el proveedor lo ofrece; nunca envíe una contraseña por este puerto.
finding-starttls-refused = El servidor anunció STARTTLS pero lo rechazó
finding-starttls-refused-advice = Su configuración TLS está rota (por ejemplo, falta un certificado). Avise a quien gestiona el servidor.
finding-data-after-starttls = Llegaron datos inesperados justo después de STARTTLS; la prueba se detuvo
finding-data-after-starttls-advice = Los bytes que llegan antes de la negociación TLS podrían haberlos inyectado un atacante (la clase de fallo de CVE-2011-0411). Un servidor correcto nunca los envía. Avise a quien gestiona el servidor.
finding-tls-failed = La negociación TLS falló: { $problem }
finding-tls-failed-advice = El TLS del servidor es demasiado antiguo o está roto para un cliente moderno. Los programas de correo fallarán igual.
finding-helo-refused = El servidor se negó a saludar al cliente de prueba
finding-helo-refused-advice = Rechazó tanto EHLO como HELO, normalmente por una norma contra clientes desconocidos.
finding-failed = La prueba falló en «{ $step }»
finding-failed-advice = { "" }
finding-plaintext = El puerto { $port } se probó sin cifrado
finding-plaintext-advice = Una contraseña enviada así la puede leer cualquiera por el camino. Use 465 (SSL/TLS) o 587 (STARTTLS).
finding-implicit-tls = Cifrado desde el primer byte (SSL/TLS)
finding-implicit-tls-advice = La RFC 8314 prefiere este modo para enviar correo: nada viaja antes de que empiece el cifrado.
finding-certificate-untrusted = El certificado no es de confianza ({ $reason })
finding-certificate-untrusted-advice = Los programas de correo avisarán o se negarán a conectar. Quien gestiona el servidor debe instalar un certificado de una autoridad pública (con sus certificados intermedios).
finding-certificate-name-mismatch = El certificado no es válido para { $server }
finding-certificate-name-mismatch-advice =
    { $named ->
        [yes] Nombra { $names }. Use uno de esos como nombre del servidor en su programa de correo.
       *[no] Los programas de correo lo rechazarán. Pregunte al proveedor el nombre exacto del servidor.
    }
finding-certificate-expires-soon =
    { $days ->
        [one] El certificado caduca en { $days } día
       *[other] El certificado caduca en { $days } días
    }
finding-certificate-expires-soon-advice = Si no se renueva a tiempo, los programas de correo empezarán a rechazar el servidor.
finding-certificate-ok = Certificado de confianza para { $server }
finding-certificate-ok-advice = { "" }
finding-tls-1-2 = TLS 1.2 (no 1.3)
finding-tls-1-2-advice = Sigue siendo seguro, pero el servidor podría actualizarse a TLS 1.3.
finding-helo-only = El servidor no entiende EHLO
finding-helo-only-advice = Solo habla el antiguo HELO: no es posible ni STARTTLS ni iniciar sesión.
finding-auth-before-tls = Se ofrece inicio de sesión con contraseña ({ $mechanisms }) antes de cifrar
finding-auth-before-tls-advice = Un programa de correo configurado con «Ninguna» en lugar de STARTTLS enviaría su contraseña legible. Compruebe que el suyo usa STARTTLS; quien gestiona el servidor debería permitir el inicio de sesión solo tras TLS.
finding-auth-after-tls-only = El inicio de sesión solo se ofrece después de cifrar
finding-auth-after-tls-only-advice = Las contraseñas no pueden enviarse en claro por error.
finding-no-auth = El servidor no ofrece inicio de sesión en este puerto
finding-no-auth-advice = Un programa de correo no puede iniciar sesión aquí, así que el servidor no le aceptará correo para otros dominios. Revise el puerto; algunos servidores solo ofrecen inicio de sesión en el 587 o el 465.
finding-size-limit = Mensaje más grande: { $size } MB
finding-size-limit-advice = { "" }
finding-port-25-is-relay = El puerto 25 es para que los servidores hablen entre sí
finding-port-25-is-relay-advice = Los programas de correo deberían enviar por el puerto 465 (SSL/TLS) o 587 (STARTTLS). Muchos proveedores de internet y de nube bloquean el puerto 25 de salida contra el spam, así que desde casa suele fallar.
finding-login-ok = Su inicio de sesión como { $user } funciona
finding-login-ok-advice = Use el mismo usuario y la misma contraseña en su programa de correo.
finding-login-wrong-credentials = No se aceptó el usuario o la contraseña
finding-login-wrong-credentials-advice = Revise el usuario (la mayoría de los proveedores quieren la dirección completa) y vuelva a escribir la contraseña. Si el proveedor pide una contraseña de aplicación, su contraseña normal también se rechaza así: cree una en la configuración de seguridad de la cuenta y úsela aquí.
finding-login-app-password-required = Esta cuenta necesita una contraseña de aplicación
finding-login-app-password-required-advice = La cuenta tiene verificación en dos pasos, así que los programas de correo deben usar una contraseña de aplicación en lugar de la normal. Cree una en la configuración de seguridad de la cuenta y úsela como contraseña.
finding-login-password-disabled = El inicio de sesión con contraseña está desactivado para esta cuenta
finding-login-password-disabled-advice = El proveedor o las normas de seguridad de la organización bloquean el inicio de sesión con contraseña. Use un programa de correo que inicie sesión con la página del propio proveedor (OAuth2), o pida al administrador que permita SMTP autenticado para este buzón.
finding-login-smtp-auth-disabled = El envío por este servidor está desactivado para el buzón o la organización
finding-login-smtp-auth-disabled-advice = Un administrador debe activar SMTP autenticado (SMTP AUTH) para la organización y para este buzón; hasta entonces no funciona ninguna contraseña.
finding-login-too-many-attempts = El servidor rechaza por ahora los inicios de sesión tras demasiados intentos fallidos
finding-login-too-many-attempts-advice = Espere un rato antes de volver a intentarlo. Los proveedores que responden así (Yahoo, AOL) suelen querer una contraseña de aplicación en lugar de la normal.
finding-login-temporary-failure = El servidor no pudo comprobar el inicio de sesión ahora
finding-login-temporary-failure-advice = Un fallo temporal del proveedor; inténtelo de nuevo en unos minutos.
finding-login-encryption-required = El servidor quiere cifrado antes del inicio de sesión
finding-login-encryption-required-advice = Ponga la seguridad de la conexión en SSL/TLS (puerto 465) o STARTTLS (puerto 587).
finding-login-refused = El servidor rechazó el inicio de sesión
finding-login-refused-advice = Las propias palabras del servidor dicen por qué.
finding-login-not-safe =
    { $risk ->
        [untrusted] Su contraseña no se envió: el certificado no es de confianza
        [wrong-name] Su contraseña no se envió: el certificado no está emitido a nombre de este servidor
        [plain] Su contraseña no se envió: la conexión no está cifrada
       *[other] Su contraseña no se envió: la conexión no es lo bastante segura
    }
finding-login-not-safe-advice = La prueba solo inicia sesión por una conexión cifrada cuyo certificado es de confianza y está a nombre del servidor, como hace un programa de correo cuidadoso. Corrija el problema de arriba, o use un nombre de servidor que figure en el certificado.
finding-no-common-mechanism = El servidor no ofrece ningún método de inicio de sesión que encaje con lo que dio
finding-no-common-mechanism-advice = Con una contraseña, la prueba usa PLAIN o LOGIN; con un token de inicio de sesión, OAUTHBEARER o XOAUTH2. Revise abajo los métodos que ofrece el servidor, y si el proveedor quiere el otro tipo.
finding-message-accepted = El servidor aceptó un mensaje de prueba para { $to }
finding-message-accepted-advice = Debería llegar en un minuto; si no, mire en la carpeta de spam.
finding-message-relay-denied = El servidor no reenvía el mensaje
finding-message-relay-denied-advice = No reenvía para este inicio de sesión: compruebe que el inicio de sesión funcionó en este servidor y que envía por el servidor de la cuenta con la que inició sesión.
finding-message-sender-not-owned = Este inicio de sesión no puede enviar desde esta dirección
finding-message-sender-not-owned-advice = El servidor acepta correo de las direcciones que pertenecen a la cuenta. Envíe desde la dirección propia del inicio de sesión, o añada antes esta a la cuenta («Enviar como» o un alias).
finding-message-too-large = El servidor dice que el mensaje es demasiado grande
finding-message-too-large-advice = El mensaje de prueba es diminuto, así que el límite del servidor es extrañamente bajo; avise a quien lo gestiona.
finding-message-temporary-failure = El servidor no pudo aceptar el mensaje ahora
finding-message-temporary-failure-advice = Un fallo temporal o un límite de envío; inténtelo más tarde.
finding-message-refused = El servidor rechazó el mensaje de prueba
finding-message-refused-advice = Las propias palabras del servidor dicen por qué.

## Para dueños de dominios y portales de ayuda

kit-title = Haga que los programas de correo se configuren solos
kit-intro = Publique estos archivos en estas direcciones (HTTPS, certificado válido) y los registros DNS de abajo. Thunderbird, Outlook y otros encontrarán la configuración solo con la dirección.
kit-srv = Registros SRV (RFC 6186, RFC 8314)
kit-copy-srv = Copiar los registros SRV
kit-hosts = Nombres de servidor que necesitan los archivos
embed-title = Insértelo para sus usuarios (portales de ayuda)
embed-widget = Pegue esto en una página de ayuda: muestra la vista compacta para { $domain } en el idioma de esta página y ajusta su altura sola. embed.js viene de este sitio; el atributo lang elige el idioma (en, de, fr, es).
embed-copy-widget = Copiar el código del widget
embed-widget-code = Código del widget
embed-iframe = O, sin un script de este sitio, un marco sencillo con su propio script de altura:
embed-copy-iframe = Copiar el código del marco
embed-iframe-code = Código del marco
embed-frame-title = Configuración del correo
embed-not-allowed = Este sitio no deja que otros sitios muestren esta página en un marco, así que un portal de ayuda mostraría un marco vacío. Su operador puede permitir un portal al iniciar el proxy de prueba:
embed-how = Cómo permitir un portal
embed-allowed = Este sitio deja que estos sitios muestren la página en un marco: { $origins }.

## Más sobre el proveedor

summary-title = Conviene saber sobre { $provider }
summary-matched-domain = Reconocido por el dominio { $domain }.
summary-checked = Comprobado con la documentación del propio proveedor en { $month }.
summary-more = Qué más conviene saber ({ $count })
report-wrong = Informar de datos erróneos
report-wrong-intro = El informe indica el proveedor y los ajustes que mostró esta página, y de dónde vienen los datos. No contiene su dirección de correo.
report-wrong-what = ¿Qué está mal y dónde encontró los ajustes correctos?
report-wrong-title = Datos erróneos: { $provider }
report-wrong-copy = Copiar el informe
report-wrong-send = Enviar el informe
report-wrong-nowhere = Copie el informe y envíelo a quienes gestionan este sitio.
summary-matched-service = Un servicio de envío para aplicaciones y servidores.
summary-matched-mx = Reconocido por el servidor de correo del dominio, { $host }: el correo de este dominio está alojado allí.
summary-matched-none = Todavía no es un proveedor que conozcamos.
summary-warning-plaintext = Este proveedor solo indica servidores sin cifrar: su contraseña viajaría legible. Pida al proveedor el puerto 465 o 587 con cifrado.
summary-warning-region = Este proveedor tiene varios centros de datos y la dirección no dice cuál es el suyo: elíjalo en la tarjeta de arriba si lo sabe.
summary-warning-no-access = Este proveedor no ofrece SMTP ni IMAP: ningún programa, aplicación ni servidor puede enviar a través de él. Use sus propias aplicaciones y su correo web.
hint-app-password = Contraseña de aplicación
hint-api-key = Crear una credencial SMTP
hint-enable-imap = Activar antes el acceso
hint-oauth2-only = Solo inicio de sesión del proveedor
hint-basic-auth-retiring = Fin del inicio de sesión con contraseña
hint-needs-bridge = Necesita un bridge
hint-choose-region = Elegir el centro de datos
hint-sending-limits = Límites de envío
hint-paid-plan = Hace falta un plan de pago
hint-alternative = Lo que ofrece en su lugar
hint-other = Conviene saber

## Todos los servidores

servers-title = Todos los servidores
servers-recommended = Recomendado: { $server }.
servers-why = Por qué
servers-also = Correo saliente (SMTP), también disponible
servers-other-outgoing = Otros servidores de salida
servers-incoming = Correo entrante (IMAP / POP3)
servers-imap = Servidores IMAP
servers-pop3 = Servidores POP3
servers-incoming-user = Nota: el usuario del correo entrante es { $incoming }, no { $outgoing }.

## La prueba de inicio de sesión

login-title = Comprobar también el inicio de sesión (opcional)
login-password = Contraseña (o contraseña de aplicación)
login-send-test = Después, enviarme un mensaje de prueba
login-note = Su contraseña va de esta página a { $audience } y de ahí solo al servidor de correo, cifrada y con un certificado de confianza. No se guarda, no se pone en la barra de direcciones y no se conserva después de la prueba.
login-start = Probar el inicio de sesión

## Archivos y código

files-title = Archivos y código
files-config = Archivos de configuración
files-download = Descargar { $file }
files-download-mobileconfig = Descargar perfil de Apple (.mobileconfig)
files-download-failed = La descarga no empezó: { $error }
files-qr-label = Un código QR que abre esta página en un teléfono
files-code = Código que envía un mensaje de prueba
files-copy-code = Copiar el código
files-code-of = Código de { $program }
files-copy-commands = Copiar los comandos de { $program }
files-commands-of = Comandos de { $program }
files-own-computer = Probar desde su ordenador
files-own-computer-text = Su red puede bloquear puertos a los que llega el proxy, o al revés. Estos comandos prueban desde donde está usted:

## Servicios de envío

services-title = ¿Envía desde una aplicación o un servidor? Use un servicio de envío
services-service = Servicio:
services-choose = Elija uno
services-region = Región:
services-region-main = No lo sé (muestra la principal)
services-details = Detalles

## Buscar un dominio

discover-unknown = { $domain } no está en nuestros datos de proveedores.
discover-origin-guessed = Los servidores de arriba son suposiciones a partir de los nombres habituales.
discover-origin-proven = El servidor de arriba se supuso a partir de los nombres habituales y una prueba lo confirmó.
discover-origin-published = Los servidores de arriba son los que publica el dominio.
discover-look-up = Buscar
discover-look-up-text = pide al proxy los servidores de correo (MX) del dominio, sus registros SRV y su archivo autoconfig.
discover-doh = Preguntar al DNS por los servidores de correo
discover-doh-text = envía el nombre del dominio (no su dirección) a { $endpoint }, un servicio DNS-over-HTTPS, para reconocer correo alojado como Google Workspace o Microsoft 365.
discover-looking = Buscando…
discover-asking = Preguntando al DNS…
discover-no-mx = El dominio no tiene servidores de correo (ningún registro MX).
discover-mx-found = Servidores de correo (MX): { $hosts }
discover-title = Qué dicen el DNS y el dominio
discover-mx = Servidores de correo (MX)
discover-srv = Registros SRV
discover-none = ninguno
discover-autoconfig-found =
    { $count ->
        [one] encontrado, { $count } servidor de salida
       *[other] encontrado, { $count } servidores de salida
    }
discover-autoconfig-missing = no existe
discover-autoconfig-failed = no se pudo leer: { $reason }
discover-candidates = Servidores que probar
discover-candidate = { $security } — origen: { $source }
discover-source-provider = proveedor conocido
discover-source-srv = registro SRV
discover-source-autoconfig = archivo autoconfig del dominio
discover-source-guess = suposición

## Qué falla en una dirección escrita

error-empty = Escriba una dirección de correo, como alguien@example.com, o un dominio.
error-space = Una dirección no lleva espacios.
error-many-at = Hay más de una @. Una dirección lleva exactamente una, antes del dominio.
error-no-local-part = Falta la parte antes de la @.
error-no-domain = Falta el dominio después de la @, p. ej. alguien@example.com.
error-local-part-long = La parte antes de la @ tiene { $length } caracteres; el límite es { $limit }.
error-local-part-dot-end = La parte antes de la @ no puede empezar ni terminar con un punto.
error-local-part-dots = La parte antes de la @ no puede tener dos puntos seguidos.
error-local-part-character = La parte antes de la @ no puede contener «{ $character }».
error-local-part-quote = La parte antes de la @ tiene una comilla de apertura pero no de cierre.
error-domain-long = El dominio tiene { $length } caracteres; el límite es { $limit }.
error-label-long = La parte del dominio «{ $label }» tiene más de { $limit } caracteres.
error-no-dot = El dominio necesita un punto, como example.com.
error-invalid-domain = «{ $domain }» no es un dominio válido: { $reason }.
error-domain-empty-part = tiene una parte vacía entre dos puntos
error-domain-punctuation = contiene signos de puntuación que un dominio no puede tener
error-domain-invalid-idn = no es un nombre de dominio internacionalizado válido
error-domain-idn-unsupported = aquí no se pueden convertir nombres de dominio internacionales
error-domain-edge-hyphen = una parte no puede empezar ni terminar con un guion
error-domain-characters = contiene caracteres que un dominio no puede tener
error-ip-literal = Las direcciones con una dirección IP en lugar de un dominio no se pueden configurar en programas de correo.
error-address-long = La dirección completa tiene { $length } caracteres; el límite es { $limit }.

## Por qué falló una petición al proxy de pruebas (según el código de error del proxy)
request-no-proxy = Esta página no está conectada a ningún proxy de pruebas.
request-unreachable = No se pudo contactar con el proxy de pruebas. Revise su conexión y vuelva a intentarlo.
request-status = El proxy de pruebas respondió con un error (HTTP { $status }).
request-bad-answer = No se pudo leer la respuesta del proxy de pruebas.
request-ended = El proxy de pruebas terminó la prueba antes de acabarla. Vuelva a intentarlo.
refusal-invalid-request = El proxy de pruebas no entendió la petición.
refusal-invalid-host = Eso no es un nombre de servidor que el proxy de pruebas pueda probar.
refusal-resolve-failed = Ese nombre de servidor no tiene dirección.
refusal-target-not-allowed = El proxy de pruebas no se conecta a esa dirección: es privada o reservada.
refusal-port-not-allowed = El proxy de pruebas no prueba ese puerto.
refusal-too-many-ports = Una prueba comprueba seis puertos como máximo.
refusal-invalid-login = La prueba de inicio de sesión no puede hacerse con estos datos: revise el nombre de usuario; un mensaje de prueba solo va a su propia dirección.
refusal-busy = El proxy de pruebas está ocupado. Vuelva a intentarlo en unos segundos.
refusal-client-busy = Sus pruebas anteriores siguen en marcha. Vuelva a intentarlo cuando terminen.
refusal-rate-limited = Ha iniciado muchas pruebas en poco tiempo. Espere un minuto y vuelva a intentarlo.
refusal-target-rate-limited = Este servidor ya se probó varias veces en el último minuto. Vuelva a intentarlo dentro de un minuto.
refusal-login-rate-limited = Ha habido demasiadas pruebas de inicio de sesión para esta cuenta o este servidor. Vuelva a intentarlo más tarde.
refusal-too-large = La petición era demasiado grande para el proxy de pruebas.
refusal-body-timeout = La petición llegó demasiado despacio al proxy de pruebas. Vuelva a intentarlo.
refusal-cross-site = El proxy de pruebas no acepta pruebas iniciadas desde este sitio.
refusal-unknown-domain = Aquí no se ofrecen ajustes para ese dominio.
refusal-login-not-allowed = Este proxy de pruebas no hace pruebas de inicio de sesión.
refusal-store-unavailable = El proxy de pruebas no puede comprobar sus límites ahora mismo, así que no hace pruebas. Vuelva a intentarlo en unos segundos.
refusal-other = El proxy de pruebas rechazó la petición.

## Por qué un certificado no es de confianza
cert-problem-unknown-issuer = emitido por una autoridad que no es de confianza
cert-problem-expired = caducado
cert-problem-not-valid-yet = todavía no es válido
cert-problem-not-valid-for-name = no es válido para este nombre de servidor
cert-problem-bad-signature = firma no válida
cert-problem-revoked = revocado
cert-problem-bad-encoding = certificado ilegible
cert-problem-not-for-servers = no está pensado para servidores
cert-problem-ca-used-as-server = un certificado de autoridad usado como el del servidor
cert-problem-server-used-as-ca = un certificado de servidor usado como autoridad
cert-problem-chain-too-long = la cadena de autoridades es demasiado larga
cert-problem-none-checked = no se comprobó ningún certificado
cert-problem-other = rechazado por las comprobaciones del certificado

## Por qué falló una negociación TLS
tls-problem-invalid-name = el nombre del servidor no sirve para TLS
tls-problem-no-certificate = el servidor no presentó ningún certificado
tls-problem-too-large = el servidor envió un mensaje TLS más grande de lo que aceptan los programas (como una cadena de certificados enorme)
tls-problem-not-tls = el servidor no respondió con TLS
tls-problem-malformed = el servidor envió un mensaje TLS mal formado
tls-problem-old-version = el servidor no habla ninguna versión de TLS que acepten los programas actuales (TLS 1.2 o 1.3)
tls-problem-no-common-cipher = el servidor y los programas actuales no tienen ningún cifrado en común
tls-problem-alert = el servidor interrumpió la negociación
tls-problem-misbehaved = el servidor incumplió el protocolo TLS
tls-problem-other = la negociación no se completó

## La entrada: cómo inicia sesión cada programa
way-in-sign-in = su propio botón «Iniciar sesión con { $name }»: nada que crear ni escribir
way-in-app-password = una contraseña de aplicación de { $provider }
way-in-password = su contraseña de { $provider }
way-in-enable-first = su contraseña de { $provider }, una vez activado el acceso de los programas de correo
way-in-bridge = el Bridge de { $provider } en el mismo ordenador, con la contraseña que muestra
way-in-api-key = una clave de API o credencial SMTP, nombre de usuario { $user }
way-in-not-here-bridge = no es posible: el Bridge de { $provider } funciona en un ordenador
way-in-not-here-sign-in = no es posible: { $provider } solo acepta su propio inicio de sesión, que este programa no tiene
way-in-not-here-service = no es para programas de correo: { $provider } envía para aplicaciones y servidores
way-in-no-access = no es posible: { $provider } no deja entrar a ningún programa

## Por qué un servidor está en su lugar de la lista
why-plain = Sin cifrar: su contraseña y su correo viajan legibles para cualquiera. Evítelo.
why-implicit-465 = Cifrado desde el primer byte (SSL/TLS). El RFC 8314 lo prefiere para enviar correo.
why-submission-587 = El puerto de envío habitual: la conexión pasa a cifrarse (STARTTLS) antes de iniciar sesión.
why-relay-25 = El puerto 25 es para servidores que se pasan el correo entre sí; los proveedores de internet suelen bloquearlo. Úselo solo si nada más funciona.
why-implicit = Cifrado desde el primer byte (SSL/TLS) en el puerto { $port }.
why-starttls = Pasa a cifrarse con STARTTLS en el puerto { $port }.
why-guessed = Una suposición a partir de los nombres habituales; pruébela antes de fiarse. { $reason }
why-srv = Publicado por el dominio en sus registros SRV. { $reason }
why-autoconfig = Publicado por el dominio en su archivo autoconfig. { $reason }
why-tested = Probado ahora mismo: funciona. { $reason }

## Indicaciones de los proveedores, traducidas de sus datos (clave: provider-hint- y el valor FNV-1a del texto en inglés; el inglés está en shared/providers)
provider-hint-bfdfa219 = Los servidores de WorkMail dependen de la región de AWS de su organización (US East, US West o Europe). Si no pudimos determinarla, pregunte a quien configuró WorkMail o consulte la región en la consola de WorkMail.
provider-hint-aab996f1 = Amazon ha anunciado el fin de WorkMail: después del 31 de marzo de 2027 ya no se podrá acceder a sus buzones. Planifique el traslado a otro proveedor antes de esa fecha.
provider-hint-7725fcf1 = AOL rechaza su contraseña normal en los programas de correo. En «Account Info» → «Account Security», elija «Generate app password» y use ese código en su lugar.
provider-hint-752aed63 = AT&T no acepta la contraseña de su cuenta en los programas de correo. Cree una Secure Mail Key en la configuración de inicio de sesión de su cuenta de AT&T (una por programa) y escríbala como contraseña.
provider-hint-310a0d42 = Los programas de correo necesitan una contraseña de aplicación, salvo que ofrezcan «Sign in with Fastmail». Créela en «Settings» → «Privacy & Security» con acceso al correo (IMAP/POP/SMTP) y péguela sin espacios.
provider-hint-334b9e1b = Inicie sesión con la dirección con la que se registró, aunque la cuenta envíe desde un alias o desde su propio dominio.
provider-hint-35edc15d = Su contraseña normal de Google no funcionará en un programa de correo. Elija «Iniciar sesión con Google» (OAuth2) si el programa lo ofrece, o active la verificación en dos pasos y cree una contraseña de aplicación para este programa.
provider-hint-9f8dd0ff = Gmail limita cuántos mensajes y destinatarios puede enviar una cuenta al día; para envíos masivos hace falta un servicio de envío dedicado.
provider-hint-f83ade82 = Active primero el acceso POP3/IMAP en la configuración del correo web de GMX; hasta entonces se rechazan los programas de correo.
provider-hint-e678ff2f = Si tiene activada la autenticación de dos factores, cree una contraseña específica de aplicación en las opciones de seguridad de GMX y úsela en el programa de correo.
provider-hint-e0712f42 = Active primero el acceso POP3/IMAP en la configuración del correo web de GMX; hasta entonces se rechazan los programas de correo. En un teléfono, puede que la opción solo aparezca en la versión de escritorio del sitio.
provider-hint-d339081e = Si tiene activada la autenticación de dos factores, cree una contraseña específica de aplicación en la configuración de seguridad de GMX y úsela en el programa de correo.
provider-hint-6d036011 = Su contraseña normal no funcionará en un programa de correo. Elija «Iniciar sesión con Google» (OAuth2) si el programa lo ofrece; si no, active la verificación en dos pasos y cree una contraseña de aplicación. El nombre de usuario es siempre su dirección de trabajo completa.
provider-hint-91594ff3 = Desde marzo de 2025, Google Workspace ya no permite que los programas inicien sesión solo con la contraseña de la cuenta («aplicaciones menos seguras»). Los programas antiguos sin inicio de sesión con Google necesitan una contraseña de aplicación.
provider-hint-a38bd0a3 = El administrador de su organización controla el acceso: puede desactivar IMAP y POP, bloquear las contraseñas de aplicación y no permitir que algunos programas de correo usen el inicio de sesión con Google. Si se rechazan unos datos correctos, consulte a su administrador.
provider-hint-c964d05e = HEY solo funciona en sus propias aplicaciones y en su correo web: no hay servidor SMTP ni IMAP para programas de correo, scripts ni dispositivos. Para enviar desde software, use otro buzón o un servicio de envío.
provider-hint-0c2f8565 = Los programas de correo necesitan una contraseña específica de app. Active la autenticación de doble factor en su Cuenta de Apple, cree la contraseña en «Inicio de sesión y seguridad» → «Contraseñas específicas de app» y úsela en lugar de la contraseña de su Cuenta de Apple.
provider-hint-098b65f0 = Los dos nombres de usuario son distintos: para recibir (IMAP), escriba solo la parte anterior a la @; para enviar (SMTP), la dirección completa. Si IMAP rechaza el nombre corto, pruebe con la dirección completa.
provider-hint-eb5c6333 = ¿Usa su propio dominio con iCloud+? Mantenga estos servidores, pero inicie sesión con su dirección de iCloud Mail (la que termina en @icloud.com, @me.com o @mac.com), no con la de su dominio personalizado.
provider-hint-b3f64da9 = Interia solo admite programas de correo después de activar su acceso (IMAP/POP3) en la configuración de Interia Poczta; hágalo primero en el correo web y luego use su dirección completa y su contraseña.
provider-hint-9f7a3eeb = Mail.ru exige una «password for external applications» aparte para los programas de correo. Créela en la configuración de seguridad de la cuenta y úsela en lugar de su contraseña normal.
provider-hint-39f06fb7 = Si tiene activada la autenticación de dos factores, cree una contraseña de aplicación de correo («Settings» → «Security») para el programa de correo; también puede limitarla a IMAP o SMTP.
provider-hint-5b544d31 = Los programas de correo solo pueden conectarse a Mailfence con un plan de pago que incluya acceso IMAP y SMTP; consulte qué planes lo incluyen en las preguntas frecuentes y los precios de Mailfence antes de configurar un programa.
provider-hint-6d6fef25 = IMAP y POP solo aceptan «Iniciar sesión con Microsoft» (OAuth2). Es posible que su organización también tenga que aprobar el programa de correo antes de que pueda iniciar sesión.
provider-hint-a0eaa4e1 = Para enviar a través de smtp.office365.com hace falta SMTP AUTH, que está desactivado en muchas organizaciones. Un administrador debe permitir antes «SMTP autenticado» para su buzón.
provider-hint-3b4cf7d0 = El envío con contraseña simple se está retirando: Microsoft prevé desactivarlo de forma predeterminada para las organizaciones existentes a finales de diciembre de 2026 y eliminarlo más adelante. Use OAuth2 siempre que pueda.
provider-hint-14383017 = Solo pueden conectarse los programas de correo que ofrecen «Iniciar sesión con Microsoft» (OAuth2). Tanto la contraseña de su cuenta como las contraseñas de aplicación se rechazan en IMAP, POP y SMTP.
provider-hint-58dc9ab6 = Microsoft desactivó el inicio de sesión con contraseña para las cuentas personales el 16 de septiembre de 2024. Un programa que solo pide una contraseña seguirá fallando: actualícelo o cambie a uno con inicio de sesión de Microsoft.
provider-hint-6967f7f5 = El envío solo funciona en el puerto 587 con STARTTLS; Outlook.com no tiene puerto 465.
provider-hint-f59c0ba3 = Cree una contraseña de aplicación en la configuración de Posteo para cada programa de correo y úsela allí en lugar de su contraseña de inicio de sesión.
provider-hint-e9ac9be6 = Si está activada la «additional email account protection», Posteo bloquea por completo IMAP, POP3 y SMTP; desactívela para usar un programa de correo.
provider-hint-9ea3a564 = Los buzones de Proton están cifrados de extremo a extremo, así que los programas de correo no pueden conectarse directamente a los servidores de Proton. Con un plan de pago, instale Proton Mail Bridge en el mismo ordenador que el programa de correo y manténgalo en ejecución; los servidores que se muestran aquí son los del propio Bridge (127.0.0.1). Use el nombre de usuario y la contraseña que muestra Bridge, no su contraseña de Proton, y compruebe los puertos que muestra Bridge: elige otros cuando estos están ocupados. Bridge usa su propio certificado, que el programa de correo puede pedirle que acepte.
provider-hint-1622e885 = Para una dirección en su propio dominio, con un plan que incluya envío por SMTP, las aplicaciones y los dispositivos también pueden enviar a través de smtp.protonmail.ch, puerto 587 (STARTTLS), con un token SMTP creado para esa dirección en la configuración de Proton. Las direcciones personales de Proton no pueden usarlo, y su contraseña de Proton no funciona ahí.
provider-hint-9cf43109 = Una cuenta nueva de Runbox no puede enviar desde un programa de correo hasta que confirme la dirección alternativa que indicó al registrarse (Runbox le envía un enlace por correo) o contrate una suscripción de pago; hasta entonces, el envío falla con un error de nombre de usuario o contraseña.
provider-hint-6dd55239 = Active primero el servicio IMAP4/SMTP en la configuración web de Sina Mail; hasta entonces se rechazan los programas de correo.
provider-hint-a0a0a090 = Después, Sina Mail le da un código de autorización de cliente (客户端授权码): escríbalo como contraseña en su programa de correo en lugar de su contraseña de Sina.
provider-hint-f76310ca = Los programas de correo necesitan la «Passwort für E-Mail-Programme» aparte, no su contraseña de inicio de sesión de Telekom. Establézcala en Telekom Mail, en «Settings» → «Passwords», y luego úsela en el programa.
provider-hint-77365cce = Tuta no tiene servidor SMTP ni IMAP, así que ningún programa de correo, script ni dispositivo puede enviar desde una dirección de Tuta. Use las aplicaciones propias de Tuta (escritorio, Android, iOS) o su correo web; para enviar desde software, use otro buzón o un servicio de envío.
provider-hint-99dd79ed = Puede reenviar a Tuta copias del correo entrante de otra cuenta, y Tuta puede avisar a otra dirección de los mensajes nuevos; ninguna de las dos opciones permite que un programa de correo envíe como su dirección de Tuta.
provider-hint-2d92aca7 = Active primero el acceso POP3/IMAP en la configuración del correo web de WEB.DE; hasta entonces se rechazan los programas de correo.
provider-hint-3cf5eb6f = Si tiene activada la autenticación de dos factores, cree una contraseña específica de aplicación en la configuración de seguridad de WEB.DE y úsela en el programa de correo.
provider-hint-c45146b9 = Escriba como nombre de usuario solo la parte de su dirección anterior a la @. Si se rechaza, pruebe con la dirección completa.
provider-hint-3d796e2d = Yahoo rechaza su contraseña normal en los programas de correo. Abra «Información de la cuenta» → «Seguridad de la cuenta», elija «Generar contraseña de aplicación» y escriba ese código en lugar de su contraseña (salvo que el programa ofrezca «Iniciar sesión con Yahoo»).
provider-hint-681d0bd6 = En la configuración de Yandex Mail, abra «Mail clients» y permita el acceso por IMAP (y por POP3 si lo necesita) antes de conectar un programa.
provider-hint-3d32ff9a = Yandex no acepta la contraseña de su cuenta en los programas de correo. Cree una contraseña de aplicación del tipo «Mail» en la configuración de seguridad de su Yandex ID y úsela en su lugar.
provider-hint-44d690d6 = Cada cuenta de Zoho está en un centro de datos (EE. UU., Europa, India, Australia, Japón, Canadá, Arabia Saudí o China) con sus propios nombres de servidor. Si no pudimos determinar el suyo, mire la dirección web cuando haya iniciado sesión en Zoho Mail: mail.zoho.eu indica los servidores .eu; mail.zoho.in, los servidores .in, y así sucesivamente.
provider-hint-384cf61a = Active el acceso IMAP (o POP) en Zoho Mail, en «Settings» → «Mail Accounts», antes de conectar un programa de correo.
provider-hint-de09a2af = Si tiene activada la autenticación de dos factores, cree una contraseña específica de aplicación en Zoho Accounts → «Security» y úsela en lugar de su contraseña.
provider-hint-fb9be988 = Zoho asigna servidores distintos, smtppro… e imappro… (con la terminación de su centro de datos), a las cuentas de una organización de pago; las cuentas personales usan smtp… e imap…. Tener una dirección en su propio dominio no basta para saberlo: si smtp… rechaza una contraseña que funciona, pruebe con smtppro….
provider-hint-cc3c2f99 = Cree credenciales SMTP en la consola de SES (configuración SMTP) para la región desde la que envía. No son su clave de acceso y su clave secreta de AWS: SES genera un nombre de usuario y una contraseña SMTP aparte, y un conjunto creado para una región no funciona en otra.
provider-hint-75d70a9e = Use el punto de conexión de la región de AWS donde están sus identidades de SES (dominios y direcciones verificados): email-smtp. seguido del código de la región y .amazonaws.com.
provider-hint-49af4216 = En la configuración de SMTP y API de Brevo, en la pestaña SMTP, copie el inicio de sesión SMTP que aparece allí (es el nombre de usuario) y genere una clave SMTP como contraseña. Aquí no funcionan ni su contraseña de Brevo ni una clave de API.
provider-hint-6e1e5b9b = Las credenciales SMTP pertenecen a un dominio de envío, no a su cuenta: en Mailgun, abra «Sending» y luego «Domain settings», elija el dominio y su pestaña «SMTP credentials». El nombre de usuario es una dirección completa de ese dominio (a menudo postmaster@ seguido del dominio); la contraseña del panel de control no funciona.
provider-hint-7935f9f0 = Una cuenta de Mailgun está en EE. UU. o en la UE, y cada una tiene su propio servidor; una cuenta de una región no puede enviar a través de la otra.
provider-hint-af572fad = Inicie sesión con su clave de API de Mailjet como nombre de usuario y su clave secreta como contraseña (ambas en «Account settings» y luego «API keys»), y envíe desde una dirección de remitente o un dominio que haya validado.
provider-hint-75523c71 = Use el token Server API de su servidor de Postmark («Server» y luego «API Tokens») como nombre de usuario y también como contraseña. Postmark solo ofrece STARTTLS: no hay puerto 465.
provider-hint-09790b89 = El correo masivo (broadcast) pasa por un servidor aparte, smtp-broadcasts.postmarkapp.com; el servidor indicado aquí es para el correo transaccional.
provider-hint-9cf809e6 = Inicie sesión con el nombre de usuario resend y una de sus claves de API de Resend como contraseña. Solo se envía correo desde un dominio que haya verificado en Resend.
provider-hint-735b7909 = Cree en la configuración de SendGrid una clave de API que tenga al menos el permiso «Mail Send». El nombre de usuario es la propia palabra apikey, tal cual; la contraseña es la clave.
provider-hint-63b7c356 = SendGrid solo envía desde direcciones o dominios que haya verificado en su cuenta (Sender Identity).
provider-hint-7d9ae7b7 = Cree un usuario SMTP (nombre y contraseña) en «Sending» y luego «SMTP Users», y verifique las direcciones de remitente o el dominio en «Sending» y luego «Verified Senders». Su inicio de sesión de SMTP2GO no funciona aquí.
provider-hint-82c048c8 = SMTP2GO también tiene servidores por ubicación (mail-us, mail-eu, mail-eu2 y mail-au bajo smtp2go.com) para los clientes que necesitan que su correo se procese en una región concreta.
provider-hint-8b885380 = En la configuración del correo web de NetEase, active POP3/SMTP/IMAP antes de añadir la dirección a un programa de correo.
provider-hint-ba2c8d3a = Después, añada allí un código de autorización de cliente (客户端授权密码) y escríbalo como contraseña en su programa de correo. Las cuentas gratuitas solo pueden tener un par de códigos a la vez.
provider-hint-cb3a0bed = Telstra Mail rechaza su contraseña normal en los programas de correo. Inicie sesión en el correo web de Telstra, abra «Settings» y luego «Accounts», genere una contraseña específica de aplicación para el programa y péguela allí en lugar de la normal.
provider-hint-44927a25 = Xfinity no admite programas de correo hasta que se permita el acceso de programas de terceros para su dirección de comcast.net. La página de ayuda de Xfinity enlazada aquí indica dónde activarlo; después, inicie sesión con la dirección completa.
provider-hint-403e71da = Daum Mail rechaza los programas de correo hasta que active IMAP/SMTP: en Daum Mail, desde un ordenador, abra «Settings» y luego «IMAP/POP3», active IMAP/SMTP y guarde. Si tiene activada la verificación en dos pasos, use la contraseña que Daum emite para ello en lugar de la suya.
provider-hint-127d33a1 = Los programas de correo solo pueden usar una dirección de mail.com con mail.com Premium. Las cuentas gratuitas antiguas que ya tenían IMAP lo conservan.
provider-hint-cf2386b1 = Active el acceso POP3/IMAP en la configuración de mail.com antes de configurar el programa de correo.
provider-hint-52e9b202 = Active IMAP/SMTP en la configuración de Naver Mail («Environment settings» y luego «POP3/IMAP settings») antes de configurar un programa de correo.
provider-hint-15b6b395 = En el programa de correo, escriba una contraseña de aplicación, no su contraseña de Naver. Naver solo la crea para cuentas con verificación en dos pasos: actívela en la configuración de seguridad de su Naver ID y cree allí la contraseña de aplicación.
provider-hint-36de722c = ssl0.ovh.net es el servidor de los buzones MX Plan de OVHcloud (los que vienen con su alojamiento web). Los buzones Email Pro y Exchange reciben a través de los mismos servidores MX, pero envían a través de otros servidores: consúltelos en la guía de OVHcloud para su oferta.
provider-hint-291b9a7b = Active primero el servicio IMAP/SMTP en la configuración web de QQ Mail («Settings» y luego «Account»); hasta entonces se rechazan los programas de correo.
provider-hint-ff6a0f43 = Al activar el servicio, QQ Mail le da un código de autorización (授权码). Escriba ese código como contraseña en su programa de correo; su contraseña de QQ no funciona ahí.
provider-hint-ba5c60d2 = Active el acceso para programas de correo en la configuración de Rambler Mail (mail.rambler.ru) antes de configurar un programa de correo.
provider-hint-b791b678 = Las direcciones verizon.net ahora están en AOL Mail. Inicie sesión en aol.com con su dirección verizon.net, cree una contraseña de aplicación en «Account Security» y escríbala en su programa de correo en lugar de su contraseña.
provider-hint-f8172437 = Los antiguos servidores de Verizon (incoming.verizon.net, outgoing.verizon.net) ya no funcionan: use los servidores de AOL que se muestran aquí.
provider-hint-fe34dccd = El proveedor solo indica servidores de salida sin cifrar. Su contraseña viajaría legible; pida al proveedor una opción cifrada (puerto 465 o 587).
provider-hint-cf87ed07 = Active el acceso para programas de correo (IMAP/POP) en la configuración del correo web del proveedor antes de configurar un programa de correo.
provider-hint-b60610b0 = En el alojamiento de Aruba, IMAP es un servicio vinculado al dominio que se renueva con él; si caduca, los programas configurados con IMAP ya no pueden conectarse.
provider-hint-5619dc09 = freenet rechaza los programas de correo hasta que usted los permita: inicie sesión en freenet Mail en la web, abra la configuración del buzón, busque la sección POP3/IMAP/SMTP, marque la casilla que activa estos protocolos y guarde.
provider-hint-1e1539a9 = Use la contraseña de la propia dirección de correo, no la que usa para iniciar sesión en Infomaniak Manager o en el correo web; son distintas aunque se parezcan.
provider-hint-96f2cfdc = Infomaniak limita cuántos mensajes puede enviar una dirección cada 24 horas, de 100 a 1440 según el plan, y cada destinatario (también en CC y CCO) cuenta como un mensaje.
provider-hint-5e83e7ea = Nauta admite como máximo 20 destinatarios por mensaje; divida los envíos más grandes.
provider-hint-2914be63 = Use la contraseña de correo de la dirección @shaw.ca, no la contraseña con la que inicia sesión en MyRogers (Shaw). El titular de la cuenta la establece o la cambia en MyRogers (Shaw): «Manage Internet» y luego «Email Accounts».
provider-hint-2c2bb518 = Un buzón de Telenet asignado a un usuario tiene la misma contraseña que el inicio de sesión de Telenet de ese usuario; los buzones se crean y se gestionan en Mijn Telenet.
provider-hint-8e315374 = Inicie sesión con su nombre de usuario de TPG, es decir, el nombre con el que se abrió su cuenta de TPG (normalmente la parte anterior a la @ de la primera dirección que le dio TPG). Una dirección alias solo reenvía el correo y no sirve para iniciar sesión.
provider-hint-4bb7ddd8 = ukr.net bloquea los programas de correo hasta que permita el acceso IMAP para programas externos en la configuración de su buzón en la web; hágalo una vez antes de añadir la dirección.
provider-hint-3cc8dd5d = Si tiene activada la verificación en dos pasos en su buzón PEC, genere en el correo web de PEC una contraseña específica para programas de correo y úsela en ellos en lugar de su contraseña habitual.
provider-hint-bd87d148 = El servidor de salida de Spectrum espera SSL/TLS desde el primer byte en el puerto 587, no el STARTTLS que usan la mayoría de los servidores en ese puerto. Si su programa asocia por sí solo el 587 con STARTTLS, cámbielo a SSL/TLS.
provider-hint-dd528448 = Añada la dirección como cuenta IMAP: según la ayuda de Spectrum, su correo se configura con IMAP.
provider-hint-0f6aa87e = Sky Yahoo Mail rechaza la contraseña de su Sky iD en los programas de correo. Inicie sesión con su Sky iD en la página de Sky para gestionar el acceso de aplicaciones, genere una contraseña de aplicación y escríbala en el programa en su lugar.
provider-hint-d2863d15 = Desde mayo de 2024, Xtra Mail es una suscripción de pago de Spark que se gestiona en MySpark, en «Subscriptions». Si se cancela, todas las direcciones de Xtra de la cuenta dejan de funcionar después de la siguiente fecha de facturación.
provider-hint-cce2b1eb = Los servidores de correo de EOLO solo aceptan conexiones desde Italia, así que un programa de correo usado en el extranjero no podrá recibir ni enviar su correo de ngi.it.
provider-hint-3eb6cb8e = Inicie sesión con la dirección principal de su cuenta de Mailo: puede enviar desde un alias, pero un alias no sirve como nombre de usuario.
provider-hint-f85ff1aa = Free desactiva de forma predeterminada el envío desde programas de correo. En la página de gestión de su dirección de Free, abra el ajuste de SMTP autenticado (Gestion du SMTP authentifié) y actívelo antes de configurar el programa.
provider-hint-b298230f = Los programas de correo no aceptan la contraseña de su Swisscom Login. Use su dirección de Bluewin como nombre de usuario y la contraseña de correo de Bluewin aparte, que encontrará en My Swisscom.
provider-hint-5e3e0bdb = OK.de solo admite programas de correo después de activar el acceso IMAP/POP en la configuración del correo web de OK.de. Hágalo primero y luego use su dirección y su contraseña.
provider-hint-fa66dcee = Los programas de correo inician sesión en Thundermail con una contraseña de aplicación: cree una en la configuración de correo de su cuenta de Thundermail y úsela en lugar de la contraseña de su cuenta.
provider-hint-920f7b86 = WP Poczta rechaza los programas de correo hasta que se activa su acceso (IMAP, POP3 y SMTP) en la configuración de WP Poczta. Hágalo primero en el correo web y luego use su dirección completa y su contraseña.
provider-hint-52e66a12 = Use como nombre de usuario su identificador de usuario de GWDG (el nombre de la cuenta), no su dirección de correo; a menudo no coincide con la parte anterior a la @.
provider-hint-e43cbc64 = Si su dirección completa se rechaza como nombre de usuario, pruebe solo con la parte anterior a la @.
provider-hint-150f51d4 = Vivaldi solo da correo a las cuentas que se han ganado cierta reputación en la comunidad de Vivaldi; si el correo web aún no le deja entrar, los programas de correo tampoco.
provider-hint-ccd67e03 = Use la misma contraseña que para Moodle y Abitur-Online del centro.
provider-hint-c0935fc0 = Inicie sesión con su dirección de correo de CenturyLink completa y su contraseña de correo. No es el inicio de sesión de su cuenta en línea «My CenturyLink».
provider-hint-c95b2411 = Los programas de correo necesitan una contraseña de aplicación de correo, no su contraseña habitual. Inicie sesión en «My Virgin Media» con su Virgin Media O2 ID y cree una en «Account settings», «ID settings», «Manage your products», «Manage email app password».
provider-hint-035005a2 = Antes de añadir la dirección a un programa de correo, inicie sesión en mail.gov.in y marque «IMAP Access» en «Settings», «Mail Accounts»; si esa opción no aparece, el administrador de su departamento debe permitir IMAP primero. Con la autenticación en dos pasos activada, use una contraseña específica de aplicación en lugar de su contraseña.
provider-hint-2dbe3f9d = Los programas de correo inician sesión con una clave IMAP/SMTP en lugar de su contraseña de Countermail. Solo las cuentas premium tienen una: aparece en «Settings» → «Security and Keys».
provider-hint-f76e6a54 = Los programas de correo no aceptan la contraseña de su cuenta de StartMail. En la configuración web de StartMail, añada cada programa como dispositivo de confianza y escriba la contraseña IMAP que StartMail crea para él.
provider-hint-36821d8f = Mweb acepta como máximo 25 destinatarios por mensaje y unos 400 mensajes por hora, de hasta 35 MB cada uno; reparta los envíos más grandes en lotes más pequeños.
provider-hint-a7006177 = o2 Poczta rechaza los programas de correo hasta que se activa su acceso en la configuración de o2 Poczta. Actívelo primero en el correo web y después inicie sesión con su dirección completa y su contraseña.
provider-hint-139f2ada = J:COM solo conserva los mensajes en su servidor de correo durante 60 días, así que guarde en otro lugar una copia de todo lo que necesite durante más tiempo.
provider-hint-ea18f089 = Los servidores de correo de ASAHI Net piden su ID de ASAHI Net y su contraseña, no su dirección de correo. Solo en las direcciones que terminan en @asahi-net.or.jp el ID es la parte anterior a la @; en los demás casos, lo encontrará en la documentación de su contrato.
provider-hint-e434ed62 = Los programas de correo necesitan un plan de pago de Forward Email: SMTP, IMAP y POP3 solo se ofrecen a clientes de pago; el plan gratuito solo reenvía el correo.
provider-hint-58b9de83 = Los programas de correo usan una contraseña generada para el alias, no la contraseña de su cuenta de Forward Email: en My Account, Domains, Aliases, elija «Generate Password» junto a la dirección y úsela con la dirección completa como nombre de usuario.
provider-hint-fd70e63c = Antes de enviar, configure los registros de envío del dominio (My Account, Domains, Settings, Outbound SMTP Configuration); después Forward Email aprueba a mano cada dominio para enviar, normalmente en menos de un día.
provider-hint-b1c5903d = Por el servidor SMTP de Forward Email, cada usuario y cada dominio puede enviar 300 mensajes al día; si necesita más, pregunte a su servicio de asistencia.
provider-hint-f45b3bb3 = Si en su buzón de Alibaba Mail está activada la contraseña aparte para clientes de terceros, el programa de correo necesita esa contraseña generada en lugar de su contraseña de acceso.
provider-hint-3423acb9 = Los buzones comprados en el sitio internacional de Alibaba Cloud usan los servidores de ese sitio, por ejemplo smtp.sg.aliyun.com para Singapur, no smtp.qiye.aliyun.com.
provider-hint-20bea1fb = Variomedia bloquea automáticamente el envío desde un buzón cuando más de una cuarta parte de los mensajes enviados desde él, a partir de 150, no se pueden entregar (más de una décima parte a partir de 1000). Elimine las direcciones no válidas de su lista y luego pida al soporte de Variomedia que desbloquee el buzón.
provider-hint-df83b648 = Inbox.lv no admite programas de correo hasta que active el acceso: en el correo web abra Opciones, luego la página de reenvío, programas de correo y avisos por SMS, y active el acceso externo POP3/IMAP y SMTP.
provider-hint-e5845ca6 = Al activar el acceso, Inbox.lv muestra una contraseña aparte, generada para ello: escríbala en el programa de correo, con su dirección completa como nombre de usuario. Cada vez que se vuelve a activar el acceso recibe una contraseña nueva.
provider-hint-bba3d6e5 = Un buzón gratuito de Inbox.lv puede enviar como máximo 15 mensajes por hora; si lo supera, o si no usa el acceso de programas de correo durante dos meses, el acceso se vuelve a desactivar.
provider-hint-7fed0227 = Mail.ee no admite programas de correo hasta que active el acceso externo POP3/IMAP y SMTP en los ajustes del correo web de mail.ee. Después inicie sesión con su dirección completa.
provider-hint-45f094c1 = Mail.ee permite enviar como máximo 15 mensajes por hora; si lo supera, o si no usa el acceso de programas de correo durante dos meses, el acceso se vuelve a desactivar.
